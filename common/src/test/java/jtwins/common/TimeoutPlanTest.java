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
        assertEquals(3, KernelSynRetries.giveUpAfter(1).toSeconds());
        assertEquals(127, KernelSynRetries.giveUpAfter(6).toSeconds());
    }
}
