// The small template engine of the printed documents: an HTML template of resources/templates/
// in the language of a locale (French, the text agencies sign, by default), its labels, and the
// filling of its placeholders. See README.md for the syntax.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QString>

namespace releve::contracts {

// Values for placeholders: text (HTML-escaped when filled) and HTML (built by the program from
// escaped values, filled as is).
struct TemplateValues
{
    QHash<QString, QString> text; // {{key}}
    QHash<QString, QString> html; // {{{key}}}
};

class DocumentTemplate
{
public:
    // The language used when a locale has no template: French.
    static QString defaultLanguage();

    // The template `name` (":/templates/<name>_<language>.html") in the locale's language, and
    // the labels of that language (":/templates/labels_<language>.json").
    DocumentTemplate(const QString &name, const QLocale &locale);

    // The resource path of the template for the locale's language, falling back to French.
    static QString path(const QString &name, const QLocale &locale);

    bool isValid() const { return !m_text.isEmpty(); }
    QString name() const { return m_name; }
    QString language() const { return m_language; }
    QString text() const { return m_text; }
    // The locale to format values with: the one asked for when the template is in its
    // language, else the template language's (a French document shows French dates).
    QLocale locale() const { return m_locale; }

    // A code's label in a group of the labels file ("qualifications", "needs", "day_classes"…),
    // or the code itself when the file does not know it.
    QString label(const QString &group, const QString &code) const;
    // A top-level text of the labels file ("none", "correction"…), or `fallback`.
    QString phrase(const QString &key, const QString &fallback = {}) const;
    // The text printed where a value is missing: a line to fill in by hand.
    QString blank() const;
    // `value` trimmed, or blank() when it is empty.
    QString orBlank(const QString &value) const;
    // A number of minutes as "6 h 30" (labels "duration").
    QString duration(qint64 minutes) const;

    // Fills {{key}} with the escaped text value and {{{key}}} with the HTML value; leaves the
    // placeholders it has no value for (such as {{page}} and {{pages}}, filled when printing).
    QString fill(const TemplateValues &values) const;
    static QString fill(const QString &text, const TemplateValues &values);

private:
    QString m_name;
    QString m_language;
    QString m_text;
    QLocale m_locale;
    QJsonObject m_labels;
};

} // namespace releve::contracts
