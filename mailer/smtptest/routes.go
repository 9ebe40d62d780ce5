package smtptest

import (
	"context"
	"fmt"
	"maps"
	"net"
)

// Routes returns a dial function (for mailer.Options.Dial) that reaches
// "host:port" at the loopback address routes maps it to, and anything else
// at a closed port, refused as a closed port is: so a test can stand
// servers in for named hosts on their standard ports (smtp.example.test:587).
func Routes(t TB, routes map[string]string) func(ctx context.Context, network, addr string) (net.Conn, error) {
	t.Helper()
	closed := fmt.Sprintf("127.0.0.1:%d", ClosedPort(t))
	routes = maps.Clone(routes)
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		to, ok := routes[addr]
		if !ok {
			to = closed
		}
		var d net.Dialer
		return d.DialContext(ctx, network, to)
	}
}
