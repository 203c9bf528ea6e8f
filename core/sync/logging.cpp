#include "logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace releve::sync {

// Debug messages are for developers: off unless QT_LOGGING_RULES enables them.
Q_LOGGING_CATEGORY(lcSync, "releve.sync", QtInfoMsg)

namespace {

struct LogState
{
    QMutex mutex;
    QFile file;
    QString folder;
    qint64 maxBytes = FileLog::defaultMaxBytes;
    int keepFiles = FileLog::defaultKeepFiles;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

LogState &state()
{
    static LogState s;
    return s;
}

QString fileIn(const QString &folder, int generation)
{
    const QString base = folder + u"/releve.log"_s;
    return generation == 0 ? base : base + u'.' + QString::number(generation);
}

// Called with the mutex held.
void rotate(LogState &s)
{
    s.file.close();
    QFile::remove(fileIn(s.folder, s.keepFiles));
    for (int generation = s.keepFiles - 1; generation >= 0; --generation)
        QFile::rename(fileIn(s.folder, generation), fileIn(s.folder, generation + 1));
    s.file.setFileName(fileIn(s.folder, 0));
    if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        std::fprintf(stderr, "releve: cannot write the log file %s\n",
                     qPrintable(s.file.fileName()));
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogState &s = state();
    {
        QMutexLocker locker(&s.mutex);
        if (s.installed && s.file.isOpen()) {
            const QByteArray line
                = (QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + u' '
                   + QLatin1StringView(levelName(type)) + u' '
                   + QLatin1StringView(context.category ? context.category : "default") + u": "_s
                   + FileLog::redact(message) + u'\n')
                      .toUtf8();
            if (s.file.size() + line.size() > s.maxBytes)
                rotate(s);
            if (s.file.isOpen()) {
                s.file.write(line);
                s.file.flush();
            }
        }
    }
    if (s.previous)
        s.previous(type, context, message);
}

} // namespace

QString FileLog::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/logs"_s;
}

bool FileLog::install(const QString &folder, qint64 maxBytes, int keepFiles)
{
    LogState &s = state();
    QMutexLocker locker(&s.mutex);
    if (!QDir().mkpath(folder))
        return false;
    s.file.close();
    s.folder = folder;
    s.maxBytes = std::max<qint64>(maxBytes, 1024);
    s.keepFiles = std::max(keepFiles, 1);
    s.file.setFileName(fileIn(folder, 0));
    if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return false;
    if (!s.installed) {
        s.previous = qInstallMessageHandler(handler);
        s.installed = true;
    }
    return true;
}

void FileLog::uninstall()
{
    LogState &s = state();
    QMutexLocker locker(&s.mutex);
    if (!s.installed)
        return;
    qInstallMessageHandler(s.previous);
    s.previous = nullptr;
    s.installed = false;
    s.file.close();
}

QString FileLog::path()
{
    LogState &s = state();
    QMutexLocker locker(&s.mutex);
    return s.installed ? s.file.fileName() : QString();
}

QString FileLog::redact(const QString &message)
{
    // "Bearer <token>", and "password"/"…token"/"secret" followed by a value, quoted (JSON) or
    // not (key=value, key: value).
    static const QRegularExpression bearer(u"(Bearer\\s+)[A-Za-z0-9._~+/=-]+"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression field(
        u"((?:password|passwd|secret|[a-z_]*token)\\\\?\"?\\s*[:=]\\s*\\\\?\"?)[^\"\\\\,}\\s]+"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString text = message;
    text.replace(bearer, u"\\1[redacted]"_s);
    text.replace(field, u"\\1[redacted]"_s);
    return text;
}

} // namespace releve::sync
