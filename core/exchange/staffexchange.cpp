#include "staffexchange.h"

#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"
#include "core/rules/localday.h"
#include "core/store/localstore.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace releve::exchange {

namespace entity = domain::entity;

namespace {

// Words the agencies' files use for Relève's codes: the first is what Relève writes (French),
// the others are read too, with the code itself, case and accents ignored.
struct Words
{
    QString code;
    QStringList words;
};

const QList<Words> &qualificationWords()
{
    static const QList<Words> words {
        { QStringLiteral("deaes"),
          { QStringLiteral("DEAES"), QStringLiteral("AES"),
            QStringLiteral("Accompagnant éducatif et social") } },
        { QStringLiteral("deavs"),
          { QStringLiteral("DEAVS"), QStringLiteral("AVS"),
            QStringLiteral("Auxiliaire de vie sociale") } },
        { QStringLiteral("advf"),
          { QStringLiteral("ADVF"), QStringLiteral("Assistant de vie aux familles") } },
        { QStringLiteral("aide_soignant"),
          { QStringLiteral("Aide-soignant·e"), QStringLiteral("Aide-soignant"),
            QStringLiteral("Aide-soignante"), QStringLiteral("AS"),
            QStringLiteral("Nursing assistant") } },
        { QStringLiteral("none"),
          { QStringLiteral("Aucune"), QStringLiteral("Aucun"), QStringLiteral("Sans") } },
    };
    return words;
}

const QList<Words> &skillWords()
{
    static const QList<Words> words {
        { QStringLiteral("disability"), { QStringLiteral("Handicap") } },
        { QStringLiteral("end_of_life"),
          { QStringLiteral("Fin de vie"), QStringLiteral("Soins palliatifs"),
            QStringLiteral("End of life") } },
        { QStringLiteral("alzheimer"), { QStringLiteral("Alzheimer") } },
        { QStringLiteral("cancer"), { QStringLiteral("Cancer") } },
        { QStringLiteral("nutrition"), { QStringLiteral("Nutrition") } },
        { QStringLiteral("transfers"),
          { QStringLiteral("Transferts"), QStringLiteral("Transfert") } },
    };
    return words;
}

const QList<Words> &mobilityWords()
{
    static const QList<Words> words {
        { QStringLiteral("car"), { QStringLiteral("Voiture"), QStringLiteral("Véhicule") } },
        { QStringLiteral("licence"),
          { QStringLiteral("Permis sans voiture"), QStringLiteral("Permis") } },
        { QStringLiteral("scooter"),
          { QStringLiteral("Scooter"), QStringLiteral("Deux-roues"), QStringLiteral("Moto") } },
        { QStringLiteral("public_transport"),
          { QStringLiteral("Transports en commun"), QStringLiteral("Bus"),
            QStringLiteral("Public transport") } },
        { QStringLiteral("none"), { QStringLiteral("Aucune"), QStringLiteral("À pied") } },
    };
    return words;
}

const QList<Words> &kindWords()
{
    static const QList<Words> words {
        { QStringLiteral("available"),
          { QStringLiteral("Disponible"), QStringLiteral("Disponibilité"),
            QStringLiteral("Dispo") } },
        { QStringLiteral("absent"),
          { QStringLiteral("Absent"), QStringLiteral("Absente"), QStringLiteral("Absence"),
            QStringLiteral("Indisponible"), QStringLiteral("Congé"),
            QStringLiteral("Unavailable") } },
    };
    return words;
}

std::optional<QString> codeFor(const QList<Words> &table, const QString &text)
{
    const QString wanted = StaffExchange::normaliseHeader(text);
    for (const Words &w : table) {
        if (StaffExchange::normaliseHeader(w.code) == wanted)
            return w.code;
        for (const QString &word : w.words) {
            if (StaffExchange::normaliseHeader(word) == wanted)
                return w.code;
        }
    }
    return std::nullopt;
}

QString wordFor(const QList<Words> &table, const QString &code)
{
    for (const Words &w : table) {
        if (w.code == code)
            return w.words.first();
    }
    return code;
}

std::optional<bool> parseBool(const QString &text)
{
    static const QStringList yes { QStringLiteral("oui"),  QStringLiteral("o"),
                                   QStringLiteral("yes"),  QStringLiteral("y"),
                                   QStringLiteral("vrai"), QStringLiteral("true"),
                                   QStringLiteral("1"),    QStringLiteral("x") };
    static const QStringList no { QStringLiteral("non"),   QStringLiteral("n"),
                                  QStringLiteral("no"),    QStringLiteral("faux"),
                                  QStringLiteral("false"), QStringLiteral("0") };
    const QString t = StaffExchange::normaliseHeader(text);
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

QDate parseDate(const QString &text)
{
    for (const char *format :
         { "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd-MM-yyyy", "dd.MM.yyyy", "d/M/yy" }) {
        QDate date = QDate::fromString(text, QString::fromLatin1(format));
        if (date.isValid()) {
            if (date.year() < 100)
                date = date.addYears(2000);
            return date;
        }
    }
    return {};
}

QTime parseTime(const QString &text)
{
    QString t = text.trimmed().toLower();
    t.replace(u'h', u':');
    if (t.endsWith(u':'))
        t.append(QStringLiteral("00"));
    for (const char *format : { "HH:mm", "H:mm", "HH:mm:ss", "H:mm:ss" }) {
        const QTime time = QTime::fromString(t, QString::fromLatin1(format));
        if (time.isValid())
            return QTime(time.hour(), time.minute());
    }
    return {};
}

QString decimal(double value, int decimals)
{
    QString text = QString::number(value, 'f', decimals);
    while (text.contains(u'.') && (text.endsWith(u'0') || text.endsWith(u'.')))
        text.chop(1);
    return text.replace(u'.', u',');
}

QString nameKey(const QString &lastName, const QString &firstName)
{
    return StaffExchange::normaliseHeader(lastName) + u'|'
        + StaffExchange::normaliseHeader(firstName);
}

// The exchange field a record field's error is reported against.
QString exchangeKeyFor(ExchangeKind kind, const QString &recordField)
{
    const QString field = recordField.section(u'.', 0, 0).section(u'[', 0, 0);
    if (field == u"home")
        return QStringLiteral("home_lat");
    if (kind == ExchangeKind::Availability) {
        if (field == u"start")
            return QStringLiteral("start_date");
        if (field == u"end")
            return QStringLiteral("end_time");
        if (field == u"staff_id")
            return QStringLiteral("last_name");
    }
    return field;
}

QString storeMessage(const domain::Error &error)
{
    if (error.code == u"overlap")
        return StaffExchange::tr("overlaps another slot of the same kind for this person");
    if (error.code == u"required")
        return StaffExchange::tr("a value is required");
    if (error.code == u"out_of_range")
        return StaffExchange::tr("the value is out of range (%1)").arg(error.message);
    return error.message;
}

} // namespace

QList<int> ImportResult::rejectedLines() const
{
    QList<int> lines;
    for (const LineProblem &p : problems) {
        if (!lines.contains(p.line))
            lines.append(p.line);
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

QString StaffExchange::normaliseHeader(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toLower();
    QString out;
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out.append(u' ');
            out.append(c);
            space = false;
        } else {
            space = true;
        }
    }
    return out;
}

std::optional<double> StaffExchange::parseDecimal(const QString &text)
{
    QString t = text.trimmed();
    t.remove(u' ');
    t.remove(QChar(0x202F)); // narrow no-break space, the French thousands separator
    t.remove(QChar(0x00A0));
    t.replace(u',', u'.');
    bool ok = false;
    const double value = t.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

QList<ExchangeField> StaffExchange::fields(ExchangeKind kind)
{
    if (kind == ExchangeKind::Staff) {
        return {
            { QStringLiteral("id"), QStringLiteral("Identifiant"), tr("Identifier"), false },
            { QStringLiteral("last_name"), QStringLiteral("Nom"), tr("Last name"), true },
            { QStringLiteral("first_name"), QStringLiteral("Prénom"), tr("First name"), true },
            { QStringLiteral("phone"), QStringLiteral("Téléphone"), tr("Phone"), false },
            { QStringLiteral("qualification"), QStringLiteral("Qualification"), tr("Qualification"),
              false },
            { QStringLiteral("skills"), QStringLiteral("Compétences"), tr("Skills"), false },
            { QStringLiteral("mobility"), QStringLiteral("Mobilité"), tr("Mobility"), false },
            { QStringLiteral("max_travel_km"), QStringLiteral("Distance maximale (km)"),
              tr("Maximum travel (km)"), false },
            { QStringLiteral("weekly_hours_ceiling"), QStringLiteral("Plafond hebdomadaire (h)"),
              tr("Weekly hours ceiling"), false },
            { QStringLiteral("consent_sharing"), QStringLiteral("Consentement au partage"),
              tr("Consent to sharing"), false },
            { QStringLiteral("active"), QStringLiteral("Actif"), tr("Active"), false },
            { QStringLiteral("home_lat"), QStringLiteral("Latitude domicile"), tr("Home latitude"),
              false },
            { QStringLiteral("home_lon"), QStringLiteral("Longitude domicile"),
              tr("Home longitude"), false },
        };
    }
    return {
        { QStringLiteral("id"), QStringLiteral("Identifiant"), tr("Identifier"), false },
        { QStringLiteral("staff_id"), QStringLiteral("Identifiant intervenant"),
          tr("Staff identifier"), false },
        { QStringLiteral("last_name"), QStringLiteral("Nom"), tr("Last name"), false },
        { QStringLiteral("first_name"), QStringLiteral("Prénom"), tr("First name"), false },
        { QStringLiteral("start_date"), QStringLiteral("Date de début"), tr("Start date"), true },
        { QStringLiteral("start_time"), QStringLiteral("Heure de début"), tr("Start time"), true },
        { QStringLiteral("end_date"), QStringLiteral("Date de fin"), tr("End date"), false },
        { QStringLiteral("end_time"), QStringLiteral("Heure de fin"), tr("End time"), true },
        { QStringLiteral("kind"), QStringLiteral("Type"), tr("Kind"), false },
        { QStringLiteral("weekly_until"), QStringLiteral("Chaque semaine jusqu'au"),
          tr("Weekly until"), false },
        { QStringLiteral("note"), QStringLiteral("Note"), tr("Note"), false },
    };
}

QStringList StaffExchange::guessMapping(ExchangeKind kind, const QStringList &header)
{
    // Header names seen in the agencies' exports and spreadsheets, French and English.
    static const QHash<QString, QStringList> aliases {
        { QStringLiteral("id"),
          { QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("identifier"),
            QStringLiteral("identifiant") } },
        { QStringLiteral("staff_id"),
          { QStringLiteral("id intervenant"), QStringLiteral("identifiant intervenant"),
            QStringLiteral("identifiant salarie"), QStringLiteral("staff id"),
            QStringLiteral("worker id"), QStringLiteral("employee id") } },
        { QStringLiteral("last_name"),
          { QStringLiteral("nom"), QStringLiteral("nom de famille"), QStringLiteral("nom usuel"),
            QStringLiteral("last name"), QStringLiteral("surname"), QStringLiteral("family name"),
            QStringLiteral("lastname"), QStringLiteral("name") } },
        { QStringLiteral("first_name"),
          { QStringLiteral("prenom"), QStringLiteral("first name"), QStringLiteral("firstname"),
            QStringLiteral("given name") } },
        { QStringLiteral("phone"),
          { QStringLiteral("telephone"), QStringLiteral("tel"), QStringLiteral("portable"),
            QStringLiteral("mobile"), QStringLiteral("phone"), QStringLiteral("telephone portable"),
            QStringLiteral("phone number") } },
        { QStringLiteral("qualification"),
          { QStringLiteral("qualification"), QStringLiteral("diplome"),
            QStringLiteral("diploma") } },
        { QStringLiteral("skills"),
          { QStringLiteral("competences"), QStringLiteral("competence"), QStringLiteral("skills"),
            QStringLiteral("specialites") } },
        { QStringLiteral("mobility"),
          { QStringLiteral("mobilite"), QStringLiteral("mobility"), QStringLiteral("transport"),
            QStringLiteral("moyen de transport") } },
        { QStringLiteral("max_travel_km"),
          { QStringLiteral("distance max"), QStringLiteral("distance maximale"),
            QStringLiteral("rayon"), QStringLiteral("rayon km"), QStringLiteral("max travel"),
            QStringLiteral("max travel km"), QStringLiteral("maximum travel km") } },
        { QStringLiteral("weekly_hours_ceiling"),
          { QStringLiteral("plafond hebdomadaire"), QStringLiteral("plafond hebdomadaire h"),
            QStringLiteral("heures hebdo"), QStringLiteral("heures par semaine"),
            QStringLiteral("weekly hours"), QStringLiteral("weekly hours ceiling") } },
        { QStringLiteral("consent_sharing"),
          { QStringLiteral("consentement"), QStringLiteral("consentement au partage"),
            QStringLiteral("partage"), QStringLiteral("consent"),
            QStringLiteral("consent to sharing") } },
        { QStringLiteral("active"),
          { QStringLiteral("actif"), QStringLiteral("active"), QStringLiteral("en poste") } },
        { QStringLiteral("home_lat"),
          { QStringLiteral("latitude"), QStringLiteral("lat"), QStringLiteral("latitude domicile"),
            QStringLiteral("home latitude") } },
        { QStringLiteral("home_lon"),
          { QStringLiteral("longitude"), QStringLiteral("lon"), QStringLiteral("lng"),
            QStringLiteral("longitude domicile"), QStringLiteral("home longitude") } },
        { QStringLiteral("start_date"),
          { QStringLiteral("date"), QStringLiteral("date de debut"), QStringLiteral("date debut"),
            QStringLiteral("jour"), QStringLiteral("start date"), QStringLiteral("from date"),
            QStringLiteral("day") } },
        { QStringLiteral("start_time"),
          { QStringLiteral("heure de debut"), QStringLiteral("heure debut"),
            QStringLiteral("debut"), QStringLiteral("de"), QStringLiteral("start time"),
            QStringLiteral("start"), QStringLiteral("from") } },
        { QStringLiteral("end_date"),
          { QStringLiteral("date de fin"), QStringLiteral("date fin"),
            QStringLiteral("end date") } },
        { QStringLiteral("end_time"),
          { QStringLiteral("heure de fin"), QStringLiteral("heure fin"), QStringLiteral("fin"),
            QStringLiteral("a"), QStringLiteral("end time"), QStringLiteral("end"),
            QStringLiteral("to") } },
        { QStringLiteral("kind"),
          { QStringLiteral("type"), QStringLiteral("nature"), QStringLiteral("kind"),
            QStringLiteral("statut") } },
        { QStringLiteral("weekly_until"),
          { QStringLiteral("chaque semaine jusqu au"), QStringLiteral("repetition jusqu au"),
            QStringLiteral("hebdomadaire jusqu au"), QStringLiteral("jusqu au"),
            QStringLiteral("weekly until"), QStringLiteral("repeat until") } },
        { QStringLiteral("note"),
          { QStringLiteral("note"), QStringLiteral("commentaire"), QStringLiteral("remarque"),
            QStringLiteral("comment"), QStringLiteral("notes") } },
    };
    QStringList keys;
    QHash<QString, QString> written; // the headers Relève writes, normalised
    for (const ExchangeField &field : fields(kind)) {
        keys.append(field.key);
        written.insert(field.key, normaliseHeader(field.header));
    }
    QStringList mapping(header.size());
    QSet<QString> taken;
    for (qsizetype column = 0; column < header.size(); ++column) {
        const QString name = normaliseHeader(header.at(column));
        for (const QString &key : std::as_const(keys)) {
            if (taken.contains(key))
                continue;
            if (aliases.value(key).contains(name) || written.value(key) == name
                || normaliseHeader(key) == name) {
                mapping[column] = key;
                taken.insert(key);
                break;
            }
        }
    }
    return mapping;
}

QList<ExchangeField> StaffExchange::missingRequired(ExchangeKind kind, const QStringList &mapping)
{
    QList<ExchangeField> missing;
    for (const ExchangeField &field : fields(kind)) {
        if (field.required && !mapping.contains(field.key))
            missing.append(field);
    }
    // An availability line names its staff member by identifier or by name.
    if (kind == ExchangeKind::Availability && !mapping.contains(QStringLiteral("staff_id"))
        && !mapping.contains(QStringLiteral("last_name"))) {
        for (const ExchangeField &field : fields(kind)) {
            if (field.key == u"last_name")
                missing.append(field);
        }
    }
    return missing;
}

ImportResult StaffExchange::prepare(ExchangeKind kind, const CsvTable &table,
                                    const QStringList &mapping, const QString &structureId,
                                    const store::LocalStore &store, const QTimeZone &zone)
{
    ImportResult result;
    const QList<ExchangeField> allFields = fields(kind);
    const auto labelOf = [&](const QString &key) {
        const qsizetype column = mapping.indexOf(key);
        if (column >= 0 && column < table.header.size() && !table.header.at(column).isEmpty())
            return table.header.at(column);
        for (const ExchangeField &f : allFields) {
            if (f.key == key)
                return f.label;
        }
        return key;
    };
    for (const ExchangeField &field : missingRequired(kind, mapping))
        result.problems.append({ 1, field.label, QStringLiteral("missing_column"),
                                 tr("No column is mapped to “%1”.").arg(field.label) });
    if (!result.problems.isEmpty())
        return result;

    // The structure's staff, by id and by name; lines of this file add to them.
    QHash<QString, QJsonObject> staffById;
    QHash<QString, QString> staffIdByName;
    for (const store::CachedRecord &r : store.records(entity::staff)) {
        if (r.structureId != structureId
            && r.data.value(QStringLiteral("structure_id")).toString() != structureId)
            continue;
        staffById.insert(r.id, r.data);
        staffIdByName.insert(nameKey(r.data.value(QStringLiteral("last_name")).toString(),
                                     r.data.value(QStringLiteral("first_name")).toString()),
                             r.id);
    }
    QHash<QString, QJsonObject> slotById;
    QHash<QString, QString> slotIdBySignature;
    const auto signature = [](const QJsonObject &slot) -> QString {
        return slot.value(QStringLiteral("staff_id")).toString() + u'|'
            + slot.value(QStringLiteral("start")).toString() + u'|'
            + slot.value(QStringLiteral("end")).toString() + u'|'
            + slot.value(QStringLiteral("kind")).toString();
    };
    if (kind == ExchangeKind::Availability) {
        for (const store::CachedRecord &r : store.records(entity::availability)) {
            if (!staffById.contains(r.data.value(QStringLiteral("staff_id")).toString()))
                continue;
            slotById.insert(r.id, r.data);
            slotIdBySignature.insert(signature(r.data), r.id);
        }
    }

    for (const CsvRow &row : table.rows) {
        QHash<QString, QString> value;
        for (qsizetype column = 0; column < mapping.size(); ++column) {
            if (!mapping.at(column).isEmpty())
                value.insert(mapping.at(column), row.fields.value(column).trimmed());
        }
        QList<LineProblem> problems;
        const auto problem = [&](const QString &key, const QString &code, const QString &message) {
            problems.append({ row.line, labelOf(key), code, message });
        };
        const auto has = [&](const QString &key) {
            return !value.value(key).isEmpty();
        };
        const QString id = value.value(QStringLiteral("id"));
        if (!id.isEmpty() && QUuid::fromString(id).isNull())
            problem(QStringLiteral("id"), QStringLiteral("bad_value"),
                    tr("“%1” is not an identifier Relève wrote (leave it empty for a new record)")
                        .arg(id));

        ImportLine line;
        line.line = row.line;
        line.fields = row.fields;

        if (kind == ExchangeKind::Staff) {
            line.entity = entity::staff;
            QString existing;
            if (!id.isEmpty() && staffById.contains(id))
                existing = id;
            else if (id.isEmpty() && has(QStringLiteral("last_name")))
                existing = staffIdByName.value(nameKey(value.value(QStringLiteral("last_name")),
                                                       value.value(QStringLiteral("first_name"))));
            QJsonObject data;
            if (!existing.isEmpty()) {
                data = staffById.value(existing);
                line.update = true;
            } else {
                data.insert(QStringLiteral("id"), id.isEmpty() ? domain::newId() : id);
                data.insert(QStringLiteral("structure_id"), structureId);
                for (const char *key : { "last_name", "first_name" }) {
                    if (!has(QString::fromLatin1(key)))
                        problem(QString::fromLatin1(key), QStringLiteral("missing_value"),
                                tr("a value is required"));
                }
            }
            for (const char *text : { "last_name", "first_name", "phone" }) {
                const QString key = QString::fromLatin1(text);
                if (value.contains(key) && (has(key) || key == u"phone"))
                    data.insert(key, value.value(key));
            }
            if (has(QStringLiteral("qualification"))) {
                if (const auto code
                    = codeFor(qualificationWords(), value.value(QStringLiteral("qualification"))))
                    data.insert(QStringLiteral("qualification"), *code);
                else
                    problem(QStringLiteral("qualification"), QStringLiteral("bad_value"),
                            tr("unknown qualification “%1” (DEAES, DEAVS, ADVF, Aide-soignant·e, "
                               "Aucune)")
                                .arg(value.value(QStringLiteral("qualification"))));
            }
            if (value.contains(QStringLiteral("skills"))) {
                QJsonArray skills;
                const QStringList words
                    = value.value(QStringLiteral("skills"))
                          .split(QRegularExpression(QStringLiteral("[,/|+]")), Qt::SkipEmptyParts);
                for (const QString &word : words) {
                    if (word.trimmed().isEmpty())
                        continue;
                    if (const auto code = codeFor(skillWords(), word.trimmed())) {
                        if (!skills.contains(*code))
                            skills.append(*code);
                    } else {
                        problem(QStringLiteral("skills"), QStringLiteral("bad_value"),
                                tr("unknown skill “%1”").arg(word.trimmed()));
                    }
                }
                data.insert(QStringLiteral("skills"), skills);
            }
            if (has(QStringLiteral("mobility"))) {
                if (const auto code
                    = codeFor(mobilityWords(), value.value(QStringLiteral("mobility"))))
                    data.insert(QStringLiteral("mobility"), *code);
                else
                    problem(QStringLiteral("mobility"), QStringLiteral("bad_value"),
                            tr("unknown mobility “%1” (Voiture, Permis sans voiture, Scooter, "
                               "Transports en commun, Aucune)")
                                .arg(value.value(QStringLiteral("mobility"))));
            }
            for (const char *text : { "max_travel_km", "weekly_hours_ceiling" }) {
                const QString key = QString::fromLatin1(text);
                if (!has(key))
                    continue;
                const auto number = parseDecimal(value.value(key));
                if (!number || *number != std::floor(*number) || *number < 0)
                    problem(key, QStringLiteral("bad_number"),
                            tr("“%1” is not a whole number").arg(value.value(key)));
                else
                    data.insert(key, int(*number));
            }
            for (const char *text : { "consent_sharing", "active" }) {
                const QString key = QString::fromLatin1(text);
                if (!has(key))
                    continue;
                if (const auto flag = parseBool(value.value(key)))
                    data.insert(key, *flag);
                else
                    problem(key, QStringLiteral("bad_value"),
                            tr("“%1” is neither oui nor non").arg(value.value(key)));
            }
            if (has(QStringLiteral("home_lat")) || has(QStringLiteral("home_lon"))) {
                const auto lat = parseDecimal(value.value(QStringLiteral("home_lat")));
                const auto lon = parseDecimal(value.value(QStringLiteral("home_lon")));
                if (!lat || *lat < -90 || *lat > 90)
                    problem(QStringLiteral("home_lat"), QStringLiteral("bad_number"),
                            tr("“%1” is not a latitude (for example 46,1712)")
                                .arg(value.value(QStringLiteral("home_lat"))));
                if (!lon || *lon < -180 || *lon > 180)
                    problem(QStringLiteral("home_lon"), QStringLiteral("bad_number"),
                            tr("“%1” is not a longitude (for example 1,8710)")
                                .arg(value.value(QStringLiteral("home_lon"))));
                if (lat && lon)
                    data.insert(QStringLiteral("home"),
                                QJsonObject { { QStringLiteral("lat"), *lat },
                                              { QStringLiteral("lon"), *lon } });
            }
            data.remove(QStringLiteral("pseudonym"));
            line.data = data;
            if (problems.isEmpty()) {
                staffById.insert(data.value(QStringLiteral("id")).toString(), data);
                staffIdByName.insert(nameKey(data.value(QStringLiteral("last_name")).toString(),
                                             data.value(QStringLiteral("first_name")).toString()),
                                     data.value(QStringLiteral("id")).toString());
            }
        } else {
            line.entity = entity::availability;
            QString staffId = value.value(QStringLiteral("staff_id"));
            if (!staffId.isEmpty() && !staffById.contains(staffId)) {
                problem(
                    QStringLiteral("staff_id"), QStringLiteral("unknown_staff"),
                    tr("no staff member of this structure has the identifier “%1”").arg(staffId));
            } else if (staffId.isEmpty()) {
                const QString last = value.value(QStringLiteral("last_name"));
                const QString first = value.value(QStringLiteral("first_name"));
                staffId = staffIdByName.value(nameKey(last, first));
                if (last.isEmpty())
                    problem(QStringLiteral("last_name"), QStringLiteral("missing_value"),
                            tr("a value is required"));
                else if (staffId.isEmpty())
                    problem(QStringLiteral("last_name"), QStringLiteral("unknown_staff"),
                            tr("no staff member of this structure is called “%1 %2”")
                                .arg(first, last)
                                .trimmed());
            }
            const auto dateOf = [&](const QString &key, bool required) {
                const QString text = value.value(key);
                if (text.isEmpty()) {
                    if (required)
                        problem(key, QStringLiteral("missing_value"), tr("a value is required"));
                    return QDate();
                }
                const QDate date = parseDate(text);
                if (!date.isValid())
                    problem(key, QStringLiteral("bad_date"),
                            tr("“%1” is not a date (dd/mm/yyyy)").arg(text));
                return date;
            };
            const auto timeOf = [&](const QString &key) {
                const QString text = value.value(key);
                if (text.isEmpty()) {
                    problem(key, QStringLiteral("missing_value"), tr("a value is required"));
                    return QTime();
                }
                const QTime time = parseTime(text);
                if (!time.isValid())
                    problem(key, QStringLiteral("bad_time"),
                            tr("“%1” is not a time (hh:mm)").arg(text));
                return time;
            };
            const QDate startDate = dateOf(QStringLiteral("start_date"), true);
            const QTime startTime = timeOf(QStringLiteral("start_time"));
            QDate endDate = dateOf(QStringLiteral("end_date"), false);
            const QTime endTime = timeOf(QStringLiteral("end_time"));
            const QDate weeklyUntil = dateOf(QStringLiteral("weekly_until"), false);
            if (!has(QStringLiteral("end_date")))
                endDate = startDate;
            QString kindCode = QStringLiteral("available");
            if (has(QStringLiteral("kind"))) {
                if (const auto code = codeFor(kindWords(), value.value(QStringLiteral("kind"))))
                    kindCode = *code;
                else
                    problem(QStringLiteral("kind"), QStringLiteral("bad_value"),
                            tr("unknown kind “%1” (Disponible or Absent)")
                                .arg(value.value(QStringLiteral("kind"))));
            }
            QJsonObject data;
            if (startDate.isValid() && startTime.isValid() && endDate.isValid()
                && endTime.isValid()) {
                const QDateTime start = QDateTime(startDate, startTime, zone).toUTC();
                const QDateTime end = QDateTime(endDate, endTime, zone).toUTC();
                if (end <= start)
                    problem(QStringLiteral("end_time"), QStringLiteral("end_before_start"),
                            tr("the end (%1 %2) is not after the start (%3 %4)")
                                .arg(endDate.toString(QStringLiteral("dd/MM/yyyy")),
                                     endTime.toString(QStringLiteral("HH:mm")),
                                     startDate.toString(QStringLiteral("dd/MM/yyyy")),
                                     startTime.toString(QStringLiteral("HH:mm"))));
                data.insert(QStringLiteral("start"), domain::instantToJson(start));
                data.insert(QStringLiteral("end"), domain::instantToJson(end));
            }
            if (weeklyUntil.isValid() && startDate.isValid() && weeklyUntil < startDate)
                problem(QStringLiteral("weekly_until"), QStringLiteral("end_before_start"),
                        tr("the weekly repetition ends before the first day"));
            data.insert(QStringLiteral("structure_id"), structureId);
            data.insert(QStringLiteral("staff_id"), staffId);
            data.insert(QStringLiteral("kind"), kindCode);
            data.insert(QStringLiteral("note"), value.value(QStringLiteral("note")));
            if (weeklyUntil.isValid())
                data.insert(QStringLiteral("weekly_until"), weeklyUntil.toString(Qt::ISODate));
            QString existing;
            if (!id.isEmpty() && slotById.contains(id))
                existing = id;
            else if (id.isEmpty())
                existing = slotIdBySignature.value(signature(data));
            if (!existing.isEmpty()) {
                data.insert(QStringLiteral("id"), existing);
                line.update = true;
            } else {
                data.insert(QStringLiteral("id"), id.isEmpty() ? domain::newId() : id);
            }
            line.data = data;
            if (problems.isEmpty()) {
                slotById.insert(data.value(QStringLiteral("id")).toString(), data);
                slotIdBySignature.insert(signature(data),
                                         data.value(QStringLiteral("id")).toString());
            }
        }

        if (problems.isEmpty()) {
            // The rules every record obeys (domain validation), reported against the column.
            for (const domain::Error &error : entity::validate(line.entity, line.data))
                problem(exchangeKeyFor(kind, error.field), error.code, storeMessage(error));
        }
        if (problems.isEmpty())
            result.valid.append(line);
        else
            result.problems.append(problems);
    }
    return result;
}

ImportResult StaffExchange::apply(store::LocalStore &store, ImportResult prepared,
                                  const CsvTable &table, const QStringList &mapping)
{
    ImportResult result;
    result.problems = prepared.problems;
    const ExchangeKind kind
        = prepared.valid.isEmpty() || prepared.valid.first().entity == entity::staff
        ? ExchangeKind::Staff
        : ExchangeKind::Availability;
    const auto report = [&](const ImportLine &line, const domain::Errors &errors) {
        for (const domain::Error &error : errors) {
            const QString key = exchangeKeyFor(kind, error.field);
            const qsizetype column = mapping.indexOf(key);
            const QString field = column >= 0 && column < table.header.size()
                ? table.header.at(column)
                : error.field;
            result.problems.append({ line.line, field, error.code, storeMessage(error) });
        }
    };
    // One batch (one transaction) per run of lines of the same entity, in the file's order: a
    // line sees the lines before it, as if saved one by one, without a disk sync for each.
    for (qsizetype first = 0; first < prepared.valid.size();) {
        const QString entity = prepared.valid.at(first).entity;
        qsizetype end = first;
        QList<QJsonObject> records;
        while (end < prepared.valid.size() && prepared.valid.at(end).entity == entity)
            records.append(prepared.valid.at(end++).data);
        const auto saved = store.saveRecords(entity, records);
        for (qsizetype i = first; i < end; ++i) {
            const ImportLine &line = prepared.valid.at(i);
            if (!saved) {
                report(line, saved.errors()); // nothing of the batch was written
            } else if (const auto &one = saved->at(i - first); !one) {
                report(line, one.errors());
            } else {
                result.valid.append(line);
                ++(line.update ? result.updated : result.created);
            }
        }
        first = end;
    }
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const LineProblem &a, const LineProblem &b) { return a.line < b.line; });
    return result;
}

QByteArray StaffExchange::rejectedCsv(const CsvTable &table, const ImportResult &result)
{
    QStringList header = table.header;
    header.append(tr("Problem"));
    QList<QStringList> rows;
    for (const int line : result.rejectedLines()) {
        QStringList messages;
        for (const LineProblem &p : result.problems) {
            if (p.line == line)
                messages.append(tr("line %1, %2: %3").arg(line).arg(p.field, p.message));
        }
        QStringList fields;
        for (const CsvRow &row : table.rows) {
            if (row.line == line)
                fields = row.fields;
        }
        while (fields.size() < table.header.size())
            fields.append(QString());
        fields.append(messages.join(QStringLiteral(" ; ")));
        rows.append(fields);
    }
    return writeCsv(header, rows);
}

QByteArray StaffExchange::exportCsv(ExchangeKind kind, const QString &structureId,
                                    const store::LocalStore &store, const QTimeZone &zone)
{
    QStringList header;
    for (const ExchangeField &field : fields(kind))
        header.append(field.header);

    QList<QJsonObject> staff;
    for (const store::CachedRecord &r : store.records(entity::staff)) {
        if (r.data.value(QStringLiteral("structure_id")).toString() == structureId
            && r.data.contains(QStringLiteral("last_name")))
            staff.append(r.data);
    }
    const auto text = [](const QJsonObject &o, const char *key) {
        return o.value(QString::fromLatin1(key)).toString();
    };
    std::sort(staff.begin(), staff.end(), [&](const QJsonObject &a, const QJsonObject &b) {
        return nameKey(text(a, "last_name"), text(a, "first_name"))
            < nameKey(text(b, "last_name"), text(b, "first_name"));
    });
    const auto yesNo = [](bool value) {
        return value ? QStringLiteral("oui") : QStringLiteral("non");
    };

    QList<QStringList> rows;
    if (kind == ExchangeKind::Staff) {
        for (const QJsonObject &m : std::as_const(staff)) {
            QStringList skills;
            for (const QJsonValue &skill : m.value(QStringLiteral("skills")).toArray())
                skills.append(wordFor(skillWords(), skill.toString()));
            const QJsonObject home = m.value(QStringLiteral("home")).toObject();
            rows.append(
                { text(m, "id"), text(m, "last_name"), text(m, "first_name"), text(m, "phone"),
                  wordFor(qualificationWords(), text(m, "qualification")),
                  skills.join(QStringLiteral(", ")), wordFor(mobilityWords(), text(m, "mobility")),
                  QString::number(m.value(QStringLiteral("max_travel_km")).toInt()),
                  QString::number(m.value(QStringLiteral("weekly_hours_ceiling")).toInt()),
                  yesNo(m.value(QStringLiteral("consent_sharing")).toBool()),
                  yesNo(m.value(QStringLiteral("active")).toBool(true)),
                  home.isEmpty() ? QString()
                                 : decimal(home.value(QStringLiteral("lat")).toDouble(), 6),
                  home.isEmpty() ? QString()
                                 : decimal(home.value(QStringLiteral("lon")).toDouble(), 6) });
        }
        return writeCsv(header, rows);
    }

    QHash<QString, QJsonObject> staffById;
    for (const QJsonObject &m : std::as_const(staff))
        staffById.insert(text(m, "id"), m);
    QList<QJsonObject> slotRecords;
    for (const store::CachedRecord &r : store.records(entity::availability)) {
        if (staffById.contains(text(r.data, "staff_id")))
            slotRecords.append(r.data);
    }
    std::sort(slotRecords.begin(), slotRecords.end(),
              [&](const QJsonObject &a, const QJsonObject &b) {
                  const QJsonObject sa = staffById.value(text(a, "staff_id"));
                  const QJsonObject sb = staffById.value(text(b, "staff_id"));
                  const QString ka = nameKey(text(sa, "last_name"), text(sa, "first_name"));
                  const QString kb = nameKey(text(sb, "last_name"), text(sb, "first_name"));
                  if (ka != kb)
                      return ka < kb;
                  return text(a, "start") < text(b, "start");
              });
    for (const QJsonObject &slot : std::as_const(slotRecords)) {
        const QJsonObject m = staffById.value(text(slot, "staff_id"));
        const QDateTime start = domain::instantFromJson(text(slot, "start")).toTimeZone(zone);
        const QDateTime end = domain::instantFromJson(text(slot, "end")).toTimeZone(zone);
        const QDate until = QDate::fromString(text(slot, "weekly_until"), Qt::ISODate);
        rows.append(
            { text(slot, "id"), text(slot, "staff_id"), text(m, "last_name"), text(m, "first_name"),
              start.toString(QStringLiteral("dd/MM/yyyy")), start.toString(QStringLiteral("HH:mm")),
              end.toString(QStringLiteral("dd/MM/yyyy")), end.toString(QStringLiteral("HH:mm")),
              wordFor(kindWords(), text(slot, "kind")),
              until.isValid() ? until.toString(QStringLiteral("dd/MM/yyyy")) : QString(),
              text(slot, "note") });
    }
    return writeCsv(header, rows);
}

} // namespace releve::exchange
