package jtwins.nc;

import jtwins.common.Failure;
import jtwins.common.options.Strtonum;
import jtwins.common.resolver.GaiError;
import jtwins.common.resolver.ServiceNames;

/** A service given to getaddrinfo() (-p, a listen port): a number, or a name from /etc/services. */
final class ServicePort {
    private ServicePort() {
    }

    static int parse(String text, boolean udp, ServiceNames services) {
        Strtonum.Result r = Strtonum.parse(text, 0, 65535);
        if (r.ok()) {
            return (int) r.value();
        }
        int named = services.portOf(text, udp ? "udp" : "tcp");
        if (named < 0) {
            throw Failure.errx(1, "getaddrinfo: " + GaiError.EAI_SERVICE.text());
        }
        return named;
    }
}
