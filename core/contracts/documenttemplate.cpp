#include "documenttemplate.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace releve::contracts {

namespace {
const QString resourceBase = QStringLiteral(":/templates/");

QString templateFile(const QString &name, const QString &language)
{
    return resourceBase + name + u'_' + language + u".html";
}

// The language code of the template that exists for the locale, else French.
QString languageFor(const QString &name, const QLocale &locale)
{
    const QString code = QLocale::languageToCode(locale.language());
    if (QFile::exists(templateFile(name, code)))
        return code;
    return DocumentTemplate::defaultLanguage();
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}
} // namespace

QString DocumentTemplate::defaultLanguage()
{
    return QStringLiteral("fr");
}

DocumentTemplate::DocumentTemplate(const QString &name, const QLocale &locale)
    : m_name(name)
    , m_language(languageFor(name, locale))
    , m_text(readText(templateFile(name, m_language)))
    , m_locale(QLocale::languageToCode(locale.language()) == m_language ? locale
                                                                        : QLocale(m_language))
{
    QString labels = readText(resourceBase + u"labels_" + m_language + u".json");
    if (labels.isEmpty())
        labels = readText(resourceBase + u"labels_" + defaultLanguage() + u".json");
    m_labels = QJsonDocument::fromJson(labels.toUtf8()).object();
}

QString DocumentTemplate::path(const QString &name, const QLocale &locale)
{
    return templateFile(name, languageFor(name, locale));
}

QString DocumentTemplate::label(const QString &group, const QString &code) const
{
    return m_labels.value(group).toObject().value(code).toString(code);
}

QString DocumentTemplate::phrase(const QString &key, const QString &fallback) const
{
    return m_labels.value(key).toString(fallback);
}

QString DocumentTemplate::blank() const
{
    return phrase(u"blank"_qs, u"……………………"_qs);
}

QString DocumentTemplate::orBlank(const QString &value) const
{
    const QString trimmed = value.trimmed();
    return trimmed.isEmpty() ? blank() : trimmed;
}

QString DocumentTemplate::duration(qint64 minutes) const
{
    const QString sign = minutes < 0 ? u"-"_qs : QString();
    const qint64 magnitude = minutes < 0 ? -minutes : minutes;
    return sign
        + phrase(u"duration"_qs, u"%1 h %2"_qs)
              .arg(magnitude / 60)
              .arg(magnitude % 60, 2, 10, QLatin1Char('0'));
}

QString DocumentTemplate::fill(const TemplateValues &values) const
{
    return fill(m_text, values);
}

QString DocumentTemplate::fill(const QString &text, const TemplateValues &values)
{
    static const QRegularExpression placeholder(
        QStringLiteral(R"(\{\{(\{?)\s*([A-Za-z0-9_]+)\s*\}\}(\}?))"));
    QString result;
    result.reserve(text.size() * 2);
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const bool isHtml = !m.captured(1).isEmpty() && !m.captured(3).isEmpty();
        const QString key = m.captured(2);
        QString replacement;
        if (isHtml && values.html.contains(key))
            replacement = values.html.value(key);
        else if (!isHtml && values.text.contains(key))
            replacement = values.text.value(key).toHtmlEscaped();
        else
            continue;
        result += QStringView(text).mid(last, m.capturedStart() - last);
        result += replacement;
        last = m.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

} // namespace releve::contracts
