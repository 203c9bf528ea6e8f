// The releve-server command line (DESIGN.md, "Fixed interfaces"):
//   releve-server --version
//   releve-server serve --db <file.sqlite | postgresql://…> --listen <host:port> [--threads n]
//                       [--tls-cert <cert.pem> --tls-key <key.pem>]
//   releve-server seed-demo --db <file> --accounts-json <file>
//   releve-server admin <create-structure | disable-structure | create-account |
//                        disable-account | reset-password | export-person | erase-staff |
//                        list-accounts | rotate-epoch | audit> --db <…> …
#pragma once

#include <QStringList>

namespace releve::server {

// Runs the command in arguments (as QCoreApplication::arguments()); returns the exit code.
int runCommandLine(const QStringList &arguments);

} // namespace releve::server
