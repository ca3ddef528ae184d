package jtwins.common.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OwnPidTest {
    @Test
    void isTheNumberTheJdkKnowsThisProcessBy() {
        assertEquals(ProcessHandle.current().pid(), OwnPid.get());
        assertEquals(OwnPid.get(), OwnPid.get());
    }
}
