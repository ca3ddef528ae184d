/**
 * The timeout core, where a twin's timeouts are data and every timer is armed: TimeoutPlan (the
 * phases, each with its Budget, who set it and the original's Mechanism), PhaseTimer (the one bracket
 * every timer is made through, paying StartupDebt back), Deadline, WaitSchedule, ConnectPhase and
 * ReadinessWait (the connect and the poll() they bound), and ToolMain with Failure and Diagnostics
 * (how a twin starts, fails and speaks). The resolver, the native calls, option parsing, TLS and the
 * process's own odd jobs live in the packages below this one.
 */
package jtwins.common;
