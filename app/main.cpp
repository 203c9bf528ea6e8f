#include <QApplication>
#include <QTextStream>
int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTextStream(stdout) << "releve " RELEVE_VERSION "\n";
    return 0;
}
