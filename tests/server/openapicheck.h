// Checks answers against the server's OpenAPI document: the route and status must be documented,
// and the body must match the response's JSON schema, where an object that declares `properties`
// accepts no other field unless it says `additionalProperties: true`. A small validator of the
// schema subset the document uses ($ref, allOf, anyOf, oneOf, nullable, type, enum, required,
// properties, additionalProperties, items).
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace releve::servertest {

class OpenApiCheck
{
public:
    explicit OpenApiCheck(QJsonObject document)
        : m_document(std::move(document))
    { }

    const QJsonObject &document() const { return m_document; }

    // The documented path template that matches a concrete path ("/v1/requests/{id}/candidates").
    QString pathTemplate(const QString &path) const
    {
        const QJsonObject paths = m_document.value(QStringLiteral("paths")).toObject();
        for (auto it = paths.begin(); it != paths.end(); ++it) {
            QString pattern = QRegularExpression::escape(it.key());
            pattern.replace(QRegularExpression(QStringLiteral("\\\\\\{[a-z_]+\\\\\\}")),
                            QStringLiteral("[^/]+"));
            if (QRegularExpression(u'^' + pattern + u'$').match(path).hasMatch())
                return it.key();
        }
        return {};
    }

    // The problems of one answer; empty when it conforms.
    QStringList check(const QString &method, const QString &path, int status,
                      const QJsonValue &body) const
    {
        const QString route = pathTemplate(path);
        const QString where = method + u' ' + path + u' ' + QString::number(status);
        if (route.isEmpty())
            return { where + QStringLiteral(": the path is not in the document") };
        const QJsonObject operation = m_document[QStringLiteral("paths")][route]
                                          .toObject()
                                          .value(method.toLower())
                                          .toObject();
        if (operation.isEmpty())
            return { where + QStringLiteral(": the method is not documented for ") + route };
        const QJsonObject responses = operation.value(QStringLiteral("responses")).toObject();
        QJsonObject response = responses.value(QString::number(status)).toObject();
        if (response.isEmpty())
            response = responses.value(QStringLiteral("default")).toObject();
        if (response.isEmpty())
            return { where + QStringLiteral(": this status is not documented") };
        const QJsonObject schema
            = response[QStringLiteral("content")][QStringLiteral("application/json")]
                      [QStringLiteral("schema")]
                          .toObject();
        if (schema.isEmpty())
            return {};
        QStringList problems;
        validate(body, schema, QStringLiteral("$"), problems);
        for (QString &problem : problems)
            problem.prepend(where + QStringLiteral(": "));
        return problems;
    }

    // The problems of a value against a named component schema.
    QStringList checkComponent(const QString &name, const QJsonValue &value) const
    {
        QStringList problems;
        validate(value, component(name), QStringLiteral("$"), problems);
        return problems;
    }

private:
    QJsonObject component(const QString &name) const
    {
        return m_document[QStringLiteral("components")][QStringLiteral("schemas")][name].toObject();
    }
    QJsonObject resolve(const QJsonObject &schema) const
    {
        const QString ref = schema.value(QStringLiteral("$ref")).toString();
        if (ref.isEmpty())
            return schema;
        return resolve(component(ref.section(u'/', -1)));
    }

    void validate(const QJsonValue &value, const QJsonObject &raw, const QString &path,
                  QStringList &problems) const
    {
        const QJsonObject schema = resolve(raw);
        if (value.isNull()
            && (schema.value(QStringLiteral("nullable")).toBool()
                || raw.value(QStringLiteral("nullable")).toBool()))
            return;
        for (const QJsonValue &part : schema.value(QStringLiteral("allOf")).toArray())
            validate(value, part.toObject(), path, problems);
        for (const char *choice : { "anyOf", "oneOf" }) {
            const QJsonArray options = schema.value(QLatin1String(choice)).toArray();
            if (options.isEmpty())
                continue;
            int matching = 0;
            for (const QJsonValue &option : options) {
                QStringList inner;
                validate(value, option.toObject(), path, inner);
                matching += inner.isEmpty() ? 1 : 0;
            }
            if (matching == 0 || (qstrcmp(choice, "oneOf") == 0 && matching > 1))
                problems.append(path
                                + QStringLiteral(" matches %1 of the %2 options")
                                      .arg(matching)
                                      .arg(QLatin1String(choice)));
        }
        const QString type = schema.value(QStringLiteral("type")).toString();
        const auto wrongType = [&] {
            problems.append(path + QStringLiteral(" is not of type ") + type);
        };
        if (type == u"object" && !value.isObject())
            return wrongType();
        if (type == u"array" && !value.isArray())
            return wrongType();
        if (type == u"string" && !value.isString())
            return wrongType();
        if (type == u"boolean" && !value.isBool())
            return wrongType();
        if (type == u"number" && !value.isDouble())
            return wrongType();
        if (type == u"integer"
            && (!value.isDouble() || value.toDouble() != double(qint64(value.toDouble()))))
            return wrongType();
        const QJsonArray allowed = schema.value(QStringLiteral("enum")).toArray();
        if (!allowed.isEmpty() && !allowed.contains(value))
            problems.append(path + QStringLiteral(" is not one of the documented values"));
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (const QJsonValue &key : schema.value(QStringLiteral("required")).toArray()) {
                if (!object.contains(key.toString()))
                    problems.append(path + QStringLiteral(" lacks the required field ")
                                    + key.toString());
            }
            const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
            const QJsonValue additional = schema.value(QStringLiteral("additionalProperties"));
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QString child = path + u'.' + it.key();
                if (properties.contains(it.key()))
                    validate(it.value(), properties.value(it.key()).toObject(), child, problems);
                else if (additional.isObject())
                    validate(it.value(), additional.toObject(), child, problems);
                else if (additional != QJsonValue(true) && !properties.isEmpty())
                    problems.append(child + QStringLiteral(" is not described by the document"));
            }
        }
        if (value.isArray()) {
            const QJsonObject items = schema.value(QStringLiteral("items")).toObject();
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size() && !items.isEmpty(); ++i)
                validate(array.at(i), items, path + QStringLiteral("[%1]").arg(i), problems);
        }
    }

    QJsonObject m_document;
};

} // namespace releve::servertest
