// Tests of core/domain: JSON codecs round-trip and validation names the field at fault.
#include "core/domain/availabilityslot.h"
#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"
#include "core/domain/replacementrequest.h"
#include "core/domain/staffmember.h"
#include "core/domain/structure.h"

#include <QJsonDocument>
#include <QTest>

using namespace releve::domain;

class TestRecords : public QObject
{
    Q_OBJECT

private:
    static QJsonObject slotJson()
    {
        return QJsonObject{ { u"id"_qs, newId() },
                            { u"structure_id"_qs, newId() },
                            { u"staff_id"_qs, newId() },
                            { u"start"_qs, u"2026-11-23T08:00:00Z"_qs },
                            { u"end"_qs, u"2026-11-23T12:00:00+01:00"_qs },
                            { u"kind"_qs, u"available"_qs } };
    }

private slots:
    void slot_roundTripsThroughJson()
    {
        const auto slot = AvailabilitySlot::fromJson(slotJson());
        QVERIFY2(slot.ok(), qPrintable(slot.error().toString()));
        QCOMPARE(slot->end, QDateTime(QDate(2026, 11, 23), QTime(11, 0), Qt::UTC));
        const auto again = AvailabilitySlot::fromJson(slot->toJson());
        QVERIFY(again.ok());
        QCOMPARE(again->toJson(), slot->toJson());
    }

    void slot_rejectsBadField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("impossible date") << u"start"_qs << QJsonValue(u"2026-02-30T08:00:00Z"_qs) << u"invalid_date"_qs;
        QTest::newRow("no offset") << u"start"_qs << QJsonValue(u"2026-11-23T08:00:00"_qs) << u"invalid_date"_qs;
        QTest::newRow("wrong type") << u"start"_qs << QJsonValue(12) << u"invalid_type"_qs;
        QTest::newRow("end before start") << u"end"_qs << QJsonValue(u"2026-11-23T07:00:00Z"_qs) << u"out_of_range"_qs;
        QTest::newRow("unknown kind") << u"kind"_qs << QJsonValue(u"holiday"_qs) << u"invalid_value"_qs;
        QTest::newRow("missing staff") << u"staff_id"_qs << QJsonValue() << u"required"_qs;
        QTest::newRow("bad id") << u"staff_id"_qs << QJsonValue(u"42"_qs) << u"invalid_id"_qs;
        QTest::newRow("10 MB note") << u"note"_qs << QJsonValue(QString(10 * 1024 * 1024, u'x')) << u"too_long"_qs;
    }

    void slot_rejectsBadField()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QJsonObject json = slotJson();
        if (value.isNull())
            json.remove(field);
        else
            json.insert(field, value);
        const auto slot = AvailabilitySlot::fromJson(json);
        QVERIFY(!slot.ok());
        QCOMPARE(slot.error().field, field);
        QCOMPARE(slot.error().code, code);
        QVERIFY(!slot.error().message.isEmpty());
    }

    void request_namesTheInterventionAtFault()
    {
        QJsonObject json{ { u"id"_qs, newId() }, { u"structure_id"_qs, newId() } };
        json.insert(u"interventions"_qs,
                    QJsonArray{ QJsonObject{ { u"id"_qs, newId() },
                                             { u"start"_qs, u"2026-11-23T08:00:00Z"_qs },
                                             { u"end"_qs, u"2026-11-23T09:00:00Z"_qs } },
                                QJsonObject{ { u"id"_qs, newId() },
                                             { u"start"_qs, u"2026-11-23T08:30:00Z"_qs },
                                             { u"end"_qs, u"2026-11-23T09:30:00Z"_qs } } });
        const auto request = ReplacementRequest::fromJson(json);
        QVERIFY(!request.ok());
        QCOMPARE(request.error().field, u"interventions[1].start"_qs);
        QCOMPARE(request.error().code, u"overlap"_qs);
    }

    void staff_publicViewHasNoPrivateField()
    {
        StaffMember s;
        s.id = newId();
        s.structureId = newId();
        s.firstName = u"Martine"_qs;
        s.lastName = u"Lefèvre"_qs;
        s.phone = u"05 55 00 00 00"_qs;
        s.home = GeoPoint{ 45.95, 1.75 };
        const QJsonObject pub = s.publicJson(StaffMember::distanceBandFor(7.2));
        for (const QString &field : StaffMember::privateFields())
            QVERIFY2(!pub.contains(field), qPrintable(field));
        const QByteArray text = QJsonDocument(pub).toJson();
        QVERIFY(!text.contains("Martine"));
        QVERIFY(!text.contains("Lef"));
        QCOMPARE(pub.value(u"distance_band"_qs).toString(), u"5-10 km"_qs);
        QCOMPARE(pub.value(u"pseudonym"_qs).toString(), s.pseudonym());
        QVERIFY(StaffMember::fromJson(pub).ok());
    }

    void weeklySlot_keepsLocalTimeAcrossDaylightSaving()
    {
        AvailabilitySlot slot;
        // Monday 19 October 2026, 08:00 in Paris (UTC+2); 25 October clocks go back.
        slot.start = QDateTime(QDate(2026, 10, 19), QTime(6, 0), Qt::UTC);
        slot.end = slot.start.addSecs(4 * 3600);
        slot.weeklyUntil = QDate(2026, 11, 2);
        const auto all = slot.occurrences(slot.start.addDays(-1), slot.start.addDays(30));
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(1).start, QDateTime(QDate(2026, 10, 26), QTime(7, 0), Qt::UTC));
    }

    void unknownEntity_isNamed()
    {
        const Errors errors = entity::validate(u"patient"_qs, {});
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, u"entity"_qs);
    }

    void structure_rejectsBadSiret()
    {
        QJsonObject json{ { u"id"_qs, newId() }, { u"kind"_qs, u"saad"_qs },
                          { u"name"_qs, u"Aide Creuse"_qs }, { u"departement"_qs, u"23"_qs },
                          { u"siret"_qs, u"1234"_qs } };
        const auto s = Structure::fromJson(json);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, u"siret"_qs);
    }
};

QTEST_GUILESS_MAIN(TestRecords)
#include "tst_records.moc"
