package jtwins.common;

/**
 * One row of a timeout plan: how long a phase may take, who decided it (an option, its default,
 * resolv.conf, the kernel), by which mechanism the original enforces it, and which behaviour of the
 * original it mirrors.
 */
public record PhaseBudget(Phase phase, Budget budget, String setBy, Mechanism mechanism, String mirrors) {
}
