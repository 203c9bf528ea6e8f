// releve-server: the shared server of the agencies of a territory (see commandline.h).
#include "commandline.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("releve-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELEVE_VERSION));
    return releve::server::runCommandLine(QCoreApplication::arguments());
}
