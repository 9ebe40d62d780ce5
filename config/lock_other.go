//go:build !unix

package config

// lockDir does not lock where flock is missing; the hash check remains.
func lockDir(string) (unlock func(), err error) { return func() {}, nil }
