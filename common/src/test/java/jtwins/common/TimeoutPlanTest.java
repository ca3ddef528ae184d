package jtwins.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimeoutPlanTest {
    @Test
    void aPhaseWithoutARowIsUnlimited() {
        TimeoutPlan plan = TimeoutPlan.forTool("t")
                .phase(Phase.CONNECT, Budget.ofSeconds(2), "-w 2", Mechanism.SELECT, "x").build();
        assertEquals("2 s", plan.budget(Phase.CONNECT).toString());
        assertTrue(plan.budget(Phase.IDLE_READ).isUnlimited());
        assertTrue(plan.describe().get(0).contains("set by -w 2"));
    }

    @Test
    void kernelSynRetriesDoubleEachTime() {
        assertEquals(3, KernelSynRetries.giveUpAfter(1, 0).toSeconds());
        assertEquals(15, KernelSynRetries.giveUpAfter(3, 0).toSeconds());
        assertEquals(127, KernelSynRetries.giveUpAfter(6, 0).toSeconds());
        // Linux 6.5 on, 4 linear timeouts: measured with jtwins trace at 3, 7 and 19 s
        assertEquals(3, KernelSynRetries.giveUpAfter(1, 4).toSeconds());
        assertEquals(7, KernelSynRetries.giveUpAfter(2, 4).toSeconds());
        assertEquals(19, KernelSynRetries.giveUpAfter(3, 4).toSeconds());
        assertEquals(131, KernelSynRetries.giveUpAfter(6, 4).toSeconds());
    }
}
