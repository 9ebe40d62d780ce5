module example.com/sendmail-app

go 1.26.0

require github.com/smtpconf/smtpconf v0.0.0

require (
	github.com/emersion/go-sasl v0.0.0-20241020182733-b788ff22d5a6 // indirect
	github.com/emersion/go-smtp v0.25.1 // indirect
	github.com/nicksnyder/go-i18n/v2 v2.7.0 // indirect
	github.com/pelletier/go-toml/v2 v2.4.3 // indirect
	golang.org/x/net v0.62.0 // indirect
	golang.org/x/oauth2 v0.38.0 // indirect
	golang.org/x/text v0.44.0 // indirect
)

// The checkout this example lives in; an application outside it drops the
// replace and requires a released version: go get github.com/smtpconf/smtpconf@v0.1.0
replace github.com/smtpconf/smtpconf => ../..
