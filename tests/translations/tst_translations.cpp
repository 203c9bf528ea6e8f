// French is complete and reviewed (the users are French): running lupdate over the sources
// finds no string that the French catalogue lacks or leaves unfinished, placeholders survive
// translation, and the catalogue compiled into the application answers every string.
#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    bool unfinished = false;
    bool plural = false;
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QDomDocument document;
    if (!document.setContent(&file, error))
        return {};
    QList<Message> messages;
    const QDomNodeList contexts = document.elementsByTagName(QStringLiteral("context"));
    for (int c = 0; c < contexts.size(); ++c) {
        const QDomElement context = contexts.at(c).toElement();
        const QString name = context.firstChildElement(QStringLiteral("name")).text();
        for (QDomElement m = context.firstChildElement(QStringLiteral("message")); !m.isNull();
             m = m.nextSiblingElement(QStringLiteral("message"))) {
            Message message;
            message.context = name;
            message.source = m.firstChildElement(QStringLiteral("source")).text();
            message.plural = m.attribute(QStringLiteral("numerus")) == QLatin1String("yes");
            const QDomElement translation = m.firstChildElement(QStringLiteral("translation"));
            const QString type = translation.attribute(QStringLiteral("type"));
            message.unfinished = type == QLatin1String("unfinished");
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue;
            if (message.plural) {
                for (QDomElement f = translation.firstChildElement(QStringLiteral("numerusform"));
                     !f.isNull(); f = f.nextSiblingElement(QStringLiteral("numerusform")))
                    message.translations.append(f.text());
            } else {
                message.translations.append(translation.text());
            }
            messages.append(message);
        }
    }
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    return found;
}

QString where(const Message &m)
{
    return m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void frenchCatalogue_coversEverySourceString();
    void frenchCatalogue_keepsPlaceholders();
    void englishCatalogue_givesBothPluralForms();
    void compiledCatalogue_answersEveryString();
};

void TestTranslations::frenchCatalogue_coversEverySourceString()
{
    // lupdate over today's sources, into a copy of the catalogue: a string added to the code
    // and not translated shows up as unfinished.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("releve_fr.ts"));
    QVERIFY(QFile::copy(QStringLiteral(RELEVE_SOURCE_DIR "/translations/releve_fr.ts"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(RELEVE_SOURCE_DIR));
    lupdate.start(QStringLiteral(RELEVE_LUPDATE),
                  { QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                    QStringLiteral("-no-obsolete"), QStringLiteral("-extensions"),
                    QStringLiteral("cpp,h"), QStringLiteral("core"), QStringLiteral("ui"),
                    QStringLiteral("app"), QStringLiteral("-ts"), copy });
    QVERIFY(lupdate.waitForFinished(300000));
    QCOMPARE(lupdate.exitCode(), 0);

    QString error;
    const QList<Message> messages = readCatalogue(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    QStringList missing;
    for (const Message &m : messages) {
        const bool empty = m.translations.isEmpty()
            || std::any_of(m.translations.begin(), m.translations.end(),
                           [](const QString &t) { return t.trimmed().isEmpty(); });
        if (m.unfinished || empty)
            missing.append(where(m));
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(
                 QStringLiteral("%1 French string(s) missing or unfinished:\n").arg(missing.size())
                 + missing.join(QLatin1Char('\n'))));
}

void TestTranslations::englishCatalogue_givesBothPluralForms()
{
    // English is the source language, but a %n string such as "%n day(s)" needs its two forms
    // ("1 day", "3 days") in the English catalogue, or English users read "(s)".
    QString error;
    const QList<Message> messages
        = readCatalogue(QStringLiteral(RELEVE_SOURCE_DIR "/translations/releve_en.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList missing;
    int plurals = 0;
    for (const Message &m : messages) {
        if (!m.plural)
            continue;
        ++plurals;
        const bool complete = m.translations.size() == 2
            && std::none_of(m.translations.begin(), m.translations.end(),
                            [](const QString &t) { return t.trimmed().isEmpty(); });
        if (!complete || m.unfinished)
            missing.append(where(m));
    }
    QVERIFY(plurals > 10);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 English plural string(s) without both forms "
                                       "(scripts/translations.py plurals-en):\n")
                            .arg(missing.size())
                        + missing.join(QLatin1Char('\n'))));
}

void TestTranslations::frenchCatalogue_keepsPlaceholders()
{
    QString error;
    const QList<Message> messages
        = readCatalogue(QStringLiteral(RELEVE_SOURCE_DIR "/translations/releve_fr.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList broken;
    for (const Message &m : messages) {
        if (m.plural && m.translations.size() != 2)
            broken.append(where(m) + QStringLiteral(" (French needs two plural forms)"));
        for (const QString &t : m.translations) {
            QSet<QString> expected = placeholders(m.source);
            QSet<QString> actual = placeholders(t);
            if (m.plural) { // the singular form may spell out "un" instead of %n
                expected.remove(QStringLiteral("n"));
                actual.remove(QStringLiteral("n"));
            }
            if (expected != actual)
                broken.append(where(m) + QStringLiteral(" → \"") + t + QLatin1Char('"'));
        }
    }
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
}

void TestTranslations::compiledCatalogue_answersEveryString()
{
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral(":/i18n/releve_fr.qm")),
             "the French catalogue is not compiled into the application");
    QString error;
    const QList<Message> messages
        = readCatalogue(QStringLiteral(RELEVE_SOURCE_DIR "/translations/releve_fr.ts"), &error);
    for (const Message &m : messages) {
        if (m.unfinished || m.plural)
            continue;
        QCOMPARE(
            translator.translate(m.context.toUtf8().constData(), m.source.toUtf8().constData()),
            m.translations.first());
    }
    // A plural is chosen by the number.
    for (const Message &m : messages) {
        if (!m.plural || m.unfinished)
            continue;
        QCOMPARE(translator.translate(m.context.toUtf8().constData(), m.source.toUtf8().constData(),
                                      nullptr, 5),
                 m.translations.last());
        break;
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
