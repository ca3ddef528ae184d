# make install [PREFIX=/usr/local] [DESTDIR=...] [JAVA=DIR]: installs the distribution that `mvn package` made
# (dist/jtwins-VERSION.tar.gz, built first if missing) through the install-jtwins inside it, so that
# installing from a checkout and from the tar.gz are the same steps.
PREFIX ?= /usr/local
VERSION := $(shell sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml)
DIST := dist/jtwins-$(VERSION).tar.gz

install: $(DIST)
	rm -rf target/install
	mkdir -p target/install
	tar -xzf $(DIST) -C target/install
	PREFIX="$(PREFIX)" target/install/jtwins-$(VERSION)/bin/install-jtwins $(if $(JAVA),--java "$(JAVA)")

$(DIST):
	mvn -B -q package -DskipTests

.PHONY: install
