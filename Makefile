# Conveniences for people who have make; ./dev is the real entry point (no make needed).
.PHONY: run test lint
run:
	./dev run $(ARGS)
test:
	./dev test $(ARGS)
lint:
	./dev lint
.PHONY: wheel bundle install-desktop
wheel:
	./dev wheel
bundle:
	./dev bundle $(ARGS)
install-desktop:
	./dev install-desktop $(ARGS)
.PHONY: bench
bench:
	./dev bench $(ARGS)
