// The logging category of core/sync ("releve.sync"; its debug messages are off unless
// QT_LOGGING_RULES turns them on, e.g. "releve.sync.debug=true"), and the application's log
// file. Never log a token, a password or a body: FileLog also redacts anything that looks like
// one, as a last guard.
#pragma once

#include <QLoggingCategory>
#include <QString>

namespace releve::sync {

Q_DECLARE_LOGGING_CATEGORY(lcSync)

// Every message Qt would print (the categories and levels the rules enable) is also appended,
// with its time, level and category, to <folder>/releve.log. Past maxBytes the file becomes
// releve.log.1 (older ones shift up to keepFiles, the oldest is removed) and a new one begins,
// so the folder never holds more than about (keepFiles + 1) × maxBytes. The previous message
// handler still runs (the terminal keeps its output).
class FileLog
{
public:
    static constexpr qint64 defaultMaxBytes = 1024 * 1024;
    static constexpr int defaultKeepFiles = 3;

    // The application's: <AppDataLocation>/logs.
    static QString defaultFolder();
    // False when the folder or file cannot be written (the application then runs without).
    static bool install(const QString &folder = defaultFolder(), qint64 maxBytes = defaultMaxBytes,
                        int keepFiles = defaultKeepFiles);
    static void uninstall();
    static QString path(); // the file written now, empty when none
    // The message with bearer tokens and the values of password and token fields replaced by
    // "[redacted]".
    static QString redact(const QString &message);
};

} // namespace releve::sync
