// Tests of core/store/localstore.cpp: a local change and its outbox entry are written together,
// validation names the field, a pull page and its cursor are atomic, local changes survive pulls,
// an outbox entry leaves only with the pull that brings its effect, a damaged cache is set aside.
#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"
#include "core/store/localstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using releve::domain::newId;
using releve::store::CachedRecord;
using releve::store::LocalStore;
using releve::store::OutboxEntry;

namespace {

const QString structureId = u"11111111-1111-4111-8111-111111111111"_s;
const QString staffId = u"22222222-2222-4222-8222-222222222222"_s;

QJsonObject slotJson(const QString &id, const QString &start, const QString &end,
                     const QString &note = {})
{
    return QJsonObject { { u"id"_s, id },
                         { u"structure_id"_s, structureId },
                         { u"staff_id"_s, staffId },
                         { u"start"_s, start },
                         { u"end"_s, end },
                         { u"kind"_s, u"available"_s },
                         { u"note"_s, note } };
}

// What a store holds, to compare two stores: every record of entity and every outbox entry,
// without what is random by design (mutation ids, creation times).
QJsonArray contents(const LocalStore &store, const QString &entity)
{
    QJsonArray out;
    for (const CachedRecord &r : store.records(entity, true)) {
        out.append(QJsonObject { { u"id"_s, r.id },
                                 { u"structure_id"_s, r.structureId },
                                 { u"version"_s, r.version },
                                 { u"deleted"_s, r.deleted },
                                 { u"data"_s, r.data },
                                 { u"sync_state"_s, r.syncState } });
    }
    for (const OutboxEntry &e : store.outbox()) {
        out.append(QJsonObject { { u"seq"_s, e.seq },
                                 { u"entity"_s, e.entity },
                                 { u"record_id"_s, e.recordId },
                                 { u"op"_s, e.op },
                                 { u"base_version"_s, e.baseVersion },
                                 { u"data"_s, e.data },
                                 { u"old"_s, e.old },
                                 { u"state"_s, e.state },
                                 { u"schema_version"_s, e.schemaVersion } });
    }
    return out;
}

// A second, raw connection on the cache file, to look at stored rows directly.
class RawDb
{
public:
    explicit RawDb(const QString &path)
        : m_name(u"raw-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QVariant scalar(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        const bool ok = q.exec(sql);
        if (!ok)
            qWarning() << sql << q.lastError().text();
        return ok;
    }

private:
    QString m_name;
};

} // namespace

class TestLocalStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newPath() { return m_dir.filePath(u"cache-%1.sqlite"_s.arg(++m_counter)); }

    // A record as the server would have sent it, at a version.
    static LocalStore::Change serverChange(const QJsonObject &data, qint64 version)
    {
        LocalStore::Change change;
        change.entity = releve::domain::entity::availability;
        change.id = data.value(u"id"_s).toString();
        change.version = version;
        change.data = releve::domain::entity::normalise(change.entity, data);
        return change;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void open_newFile_createsSchemaInWalMode()
    {
        const QString path = newPath();
        LocalStore store;
        const auto opened = store.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
        QVERIFY(store.isOpen());
        QVERIFY(!QUuid::fromString(store.clientId()).isNull());
        QCOMPARE(store.cursor(), QString());
        RawDb raw(path);
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), LocalStore::schemaVersion);
        QCOMPARE(raw.scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    }

    void open_again_keepsIdentityAndData()
    {
        const QString path = newPath();
        QString clientId;
        const QString id = newId();
        {
            LocalStore store;
            QVERIFY(store.open(path).ok());
            clientId = store.clientId();
            QVERIFY(
                store
                    .saveRecord(releve::domain::entity::availability,
                                slotJson(id, u"2026-11-23T08:00:00Z"_s, u"2026-11-23T12:00:00Z"_s))
                    .ok());
        }
        LocalStore store;
        QVERIFY(store.open(path).ok());
        QCOMPARE(store.clientId(), clientId);
        QVERIFY(store.record(releve::domain::entity::availability, id).has_value());
        QCOMPARE(store.outbox().size(), 1);
    }

    void twoStores_inOneProcess_areIndependent()
    {
        LocalStore a, b;
        QVERIFY(a.open(newPath()).ok());
        QVERIFY(b.open(newPath()).ok());
        QVERIFY(a.clientId() != b.clientId());
        QVERIFY(
            a.saveRecord(releve::domain::entity::availability,
                         slotJson(newId(), u"2026-11-23T08:00:00Z"_s, u"2026-11-23T12:00:00Z"_s))
                .ok());
        QCOMPARE(a.outbox().size(), 1);
        QCOMPARE(b.outbox().size(), 0);
    }

    void saveRecord_writesRecordAndOutboxEntryTogether()
    {
        const QString path = newPath();
        LocalStore store;
        QVERIFY(store.open(path).ok());
        QSignalSpy changed(&store, &LocalStore::recordsChanged);
        QSignalSpy queued(&store, &LocalStore::changeQueued);
        const QString id = newId();
        const auto saved = store.saveRecord(
            releve::domain::entity::availability,
            slotJson(id, u"2026-11-23T08:00:00Z"_s, u"2026-11-23T12:00:00+01:00"_s, u"a"_s));
        QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
        QCOMPARE(saved->syncState, u"pending"_s);
        QCOMPARE(saved->version, 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(queued.size(), 1);

        // Both rows are on disk, as another connection sees them.
        RawDb raw(path);
        QCOMPARE(raw.scalar(u"SELECT sync_state FROM records WHERE id = ?"_s, { id }).toString(),
                 u"pending"_s);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM outbox WHERE record_id = ?"_s, { id }).toInt(),
                 1);
        const QJsonObject stored
            = QJsonDocument::fromJson(
                  raw.scalar(u"SELECT data FROM outbox WHERE record_id = ?"_s, { id })
                      .toString()
                      .toUtf8())
                  .object();
        QCOMPARE(stored.value(u"end"_s).toString(), u"2026-11-23T11:00:00Z"_s); // normalised

        // An edit: the outbox gets the whole record, the old values of what changed, the base.
        QJsonObject edit = saved->data;
        edit.insert(u"note"_s, u"b"_s);
        QVERIFY(store.saveRecord(releve::domain::entity::availability, edit).ok());
        const QList<OutboxEntry> outbox = store.outbox();
        QCOMPARE(outbox.size(), 2);
        QCOMPARE(outbox[1].op, u"upsert"_s);
        QCOMPARE(outbox[1].old, (QJsonObject { { u"note"_s, u"a"_s } }));
        QCOMPARE(outbox[1].data.value(u"note"_s).toString(), u"b"_s);
        QCOMPARE(outbox[1].data.value(u"staff_id"_s).toString(), staffId);
        QVERIFY(outbox[1].seq > outbox[0].seq);
        QVERIFY(outbox[0].mutationId != outbox[1].mutationId);

        // The same values again: nothing to send.
        QVERIFY(store.saveRecord(releve::domain::entity::availability, edit).ok());
        QCOMPARE(store.outbox().size(), 2);
    }

    void saveRecord_outboxFailure_leavesNoRecord()
    {
        const QString path = newPath();
        LocalStore store;
        QVERIFY(store.open(path).ok());
        {
            RawDb raw(path);
            QVERIFY(raw.exec(u"CREATE TRIGGER no_outbox BEFORE INSERT ON outbox "
                             u"BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
        }
        const QString id = newId();
        const auto saved
            = store.saveRecord(releve::domain::entity::availability,
                               slotJson(id, u"2026-11-23T08:00:00Z"_s, u"2026-11-23T12:00:00Z"_s));
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, u"storage"_s);
        QVERIFY(!store.record(releve::domain::entity::availability, id).has_value());
        QCOMPARE(store.outbox().size(), 0);
    }

    void saveRecord_badField_namesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expectedField");
        QTest::newRow("impossible date") << u"start"_s << QJsonValue(u"2026-02-30T08:00:00Z"_s)
                                         << u"invalid_date"_s << u"start"_s;
        QTest::newRow("10 MB note") << u"note"_s << QJsonValue(QString(10 * 1024 * 1024, u'x'))
                                    << u"too_long"_s << u"note"_s;
        QTest::newRow("end before start")
            << u"end"_s << QJsonValue(u"2026-11-23T07:00:00Z"_s) << u"out_of_range"_s << u"end"_s;
        QTest::newRow("overlapping slot")
            << u"start"_s << QJsonValue(u"2026-11-23T09:00:00Z"_s) << u"overlap"_s << u"start"_s;
    }

    void saveRecord_badField_namesTheField()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QFETCH(QString, expectedField);
        LocalStore store;
        QVERIFY(store.open(newPath()).ok());
        // An existing slot 08:00–10:00 the overlapping one runs into.
        QVERIFY(
            store
                .saveRecord(releve::domain::entity::availability,
                            slotJson(newId(), u"2026-11-23T08:00:00Z"_s, u"2026-11-23T10:00:00Z"_s))
                .ok());
        QJsonObject slot = slotJson(newId(), u"2026-11-23T10:00:00Z"_s, u"2026-11-23T12:00:00Z"_s);
        slot.insert(field, value);
        const auto saved = store.saveRecord(releve::domain::entity::availability, slot);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, code);
        QCOMPARE(saved.error().field, expectedField);
        QVERIFY(!saved.error().message.isEmpty());
        QCOMPARE(store.outbox().size(), 1); // only the first slot
        QVERIFY(!store.record(releve::domain::entity::availability, slot.value(u"id"_s).toString())
                     .has_value());
    }

    void saveRecord_weeklySlotOverlappingLaterOccurrence_isRejected()
    {
        LocalStore store;
        QVERIFY(store.open(newPath()).ok());
        QJsonObject weekly
            = slotJson(newId(), u"2026-11-02T08:00:00Z"_s, u"2026-11-02T12:00:00Z"_s);
        weekly.insert(u"weekly_until"_s, u"2026-12-31"_s);
        QVERIFY(store.saveRecord(releve::domain::entity::availability, weekly).ok());
        // Three weeks later, same Monday morning.
        const auto clash = store.saveRecord(
            releve::domain::entity::availability,
            slotJson(newId(), u"2026-11-23T11:00:00Z"_s, u"2026-11-23T13:00:00Z"_s));
        QCOMPARE(clash.error().code, u"overlap"_s);
        // The afternoon is free; an absence inside the availability is allowed.
        QVERIFY(
            store
                .saveRecord(releve::domain::entity::availability,
                            slotJson(newId(), u"2026-11-23T12:00:00Z"_s, u"2026-11-23T15:00:00Z"_s))
                .ok());
        QJsonObject absence
            = slotJson(newId(), u"2026-11-23T08:00:00Z"_s, u"2026-11-23T10:00:00Z"_s);
        absence.insert(u"kind"_s, u"absent"_s);
        QVERIFY(store.saveRecord(releve::domain::entity::availability, absence).ok());
    }

    // An import's batch: every case saveRecord handles (a new record, an edit of the server's
    // record, a record edited again later in the batch, an edit that changes nothing, the undo of
    // an unsent delete, a slot refused as overlapping one saved earlier in the batch) gives the
    // same records and outbox as the same saves one by one, with one signal of each kind.
    void saveRecords_sameRecordsAndOutboxAsOneByOne()
    {
        const QString entity = releve::domain::entity::availability;
        const QJsonObject server = serverChange(slotJson(newId(), u"2026-11-23T08:00:00Z"_s,
                                                         u"2026-11-23T10:00:00Z"_s, u"server"_s),
                                                3)
                                       .data;
        const QJsonObject deletedServer
            = serverChange(slotJson(newId(), u"2026-11-24T14:00:00Z"_s, u"2026-11-24T15:00:00Z"_s),
                           5)
                  .data;
        const QString a = newId();
        QJsonObject edited = server;
        edited.insert(u"note"_s, u"edited"_s);
        QList<QJsonObject> batch {
            slotJson(a, u"2026-11-25T08:00:00Z"_s, u"2026-11-25T10:00:00Z"_s, u"first"_s),
            edited,
            slotJson(a, u"2026-11-25T08:00:00Z"_s, u"2026-11-25T10:30:00Z"_s, u"again"_s),
            edited, // nothing changes
            deletedServer, // undoes the unsent delete
            slotJson(newId(), u"2026-11-25T10:00:00Z"_s, u"2026-11-25T11:00:00Z"_s), // overlap
            slotJson(newId(), u"2026-11-26T08:00:00Z"_s, u"2026-11-26T12:00:00Z"_s),
        };
        const auto prepare = [&](LocalStore &store) {
            QVERIFY(store.open(newPath()).ok());
            QVERIFY(store
                        .applyPage({ serverChange(server, 3), serverChange(deletedServer, 5) },
                                   u"e.1"_s)
                        .ok());
            QVERIFY(store.deleteRecord(entity, deletedServer.value(u"id"_s).toString()).ok());
        };

        LocalStore oneByOne;
        prepare(oneByOne);
        QList<releve::domain::Result<CachedRecord>> expected;
        for (const QJsonObject &record : std::as_const(batch))
            expected.append(oneByOne.saveRecord(entity, record));

        LocalStore batched;
        prepare(batched);
        QSignalSpy changed(&batched, &LocalStore::recordsChanged);
        QSignalSpy outboxChanged(&batched, &LocalStore::outboxChanged);
        QSignalSpy queued(&batched, &LocalStore::changeQueued);
        const auto saved = batched.saveRecords(entity, batch);
        QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
        QCOMPARE(saved->size(), batch.size());
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const auto &mine = saved->at(i);
            const auto &theirs = expected.at(i);
            QCOMPARE(mine.ok(), theirs.ok());
            if (mine.ok()) {
                QCOMPARE(mine->data, theirs->data);
                QCOMPARE(mine->syncState, theirs->syncState);
                QCOMPARE(mine->version, theirs->version);
            } else {
                QCOMPARE(mine.error().code, theirs.error().code);
                QCOMPARE(mine.error().field, theirs.error().field);
            }
        }
        QCOMPARE(saved->at(5).error().code, u"overlap"_s); // the case is really exercised
        QCOMPARE(contents(batched, entity), contents(oneByOne, entity));
        QCOMPARE(batched.outbox().size(), 4); // a (twice), the edit, the last slot
        QCOMPARE(batched.pendingCount(), oneByOne.pendingCount());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toString(), entity);
        QCOMPARE(outboxChanged.size(), 1);
        QCOMPARE(outboxChanged.first().first().toInt(), 4);
        QCOMPARE(queued.size(), 1);

        // On disk, as another connection sees it.
        RawDb raw(batched.path());
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM outbox"_s).toInt(), 4);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM records WHERE sync_state = 'pending'"_s).toInt(),
                 3);
    }

    void saveRecords_invalidRecord_savesTheValidOnesAndNamesIt()
    {
        const QString entity = releve::domain::entity::availability;
        LocalStore store;
        QVERIFY(store.open(newPath()).ok());
        QSignalSpy changed(&store, &LocalStore::recordsChanged);
        QJsonObject noId = slotJson({}, u"2026-11-23T14:00:00Z"_s, u"2026-11-23T16:00:00Z"_s);
        noId.remove(u"id"_s);
        const QList<QJsonObject> batch {
            slotJson(newId(), u"2026-11-23T08:00:00Z"_s, u"2026-11-23T10:00:00Z"_s),
            slotJson(newId(), u"2026-11-23T12:00:00Z"_s, u"2026-11-23T11:00:00Z"_s), // end first
            slotJson(newId(), u"2026-11-23T09:00:00Z"_s, u"2026-11-23T11:00:00Z"_s), // overlap
            noId,
        };
        const auto saved = store.saveRecords(entity, batch);
        QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
        QCOMPARE(saved->size(), 4);
        QVERIFY(saved->at(0).ok());
        QVERIFY(!saved->at(1).ok());
        QCOMPARE(saved->at(1).error().code, u"out_of_range"_s);
        QCOMPARE(saved->at(1).error().field, u"end"_s);
        QVERIFY(!saved->at(1).error().message.isEmpty());
        QVERIFY(!saved->at(2).ok());
        QCOMPARE(saved->at(2).error().code, u"overlap"_s);
        QCOMPARE(saved->at(2).error().field, u"start"_s);
        QVERIFY(saved->at(3).ok());
        QVERIFY(!saved->at(3)->id.isEmpty()); // an id is made, as by saveRecord

        QCOMPARE(store.records(entity).size(), 2);
        QVERIFY(store.record(entity, batch.at(0).value(u"id"_s).toString()).has_value());
        QVERIFY(store.record(entity, saved->at(3)->id).has_value());
        QVERIFY(!store.record(entity, batch.at(1).value(u"id"_s).toString()).has_value());
        QVERIFY(!store.record(entity, batch.at(2).value(u"id"_s).toString()).has_value());
        const QList<OutboxEntry> outbox = store.outbox();
        QCOMPARE(outbox.size(), 2);
        QCOMPARE(outbox.at(0).recordId, batch.at(0).value(u"id"_s).toString());
        QCOMPARE(outbox.at(1).recordId, saved->at(3)->id);
        QCOMPARE(changed.size(), 1);

        // Nothing valid: nothing written, no signal.
        const auto none = store.saveRecords(entity, { batch.at(1) });
        QVERIFY(none.ok());
        QCOMPARE(none->first().error().code, u"out_of_range"_s);
        QCOMPARE(store.outbox().size(), 2);
        QCOMPARE(changed.size(), 1);
    }

    // The outbox in the same transaction: when an entry cannot be written, nothing of the batch
    // is kept, not even the records saved before it.
    void saveRecords_outboxFailure_savesNothing()
    {
        const QString entity = releve::domain::entity::availability;
        const QString path = newPath();
        LocalStore store;
        QVERIFY(store.open(path).ok());
        {
            RawDb raw(path);
            QVERIFY(raw.exec(u"CREATE TRIGGER third_fails BEFORE INSERT ON outbox "
                             u"WHEN (SELECT count(*) FROM outbox) >= 2 "
                             u"BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
        }
        QSignalSpy changed(&store, &LocalStore::recordsChanged);
        const QList<QJsonObject> batch {
            slotJson(newId(), u"2026-11-23T08:00:00Z"_s, u"2026-11-23T09:00:00Z"_s),
            slotJson(newId(), u"2026-11-23T10:00:00Z"_s, u"2026-11-23T11:00:00Z"_s),
            slotJson(newId(), u"2026-11-23T12:00:00Z"_s, u"2026-11-23T13:00:00Z"_s),
        };
        const auto saved = store.saveRecords(entity, batch);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, u"storage"_s);
        QVERIFY(store.records(entity).isEmpty());
        QCOMPARE(store.outbox().size(), 0);
        QCOMPARE(changed.size(), 0);
        RawDb raw(path);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM records"_s).toInt(), 0);
    }

    void deleteRecord_neverSent_leavesNothingToSend()
    {
        LocalStore store;
        QVERIFY(store.open(newPath()).ok());
        const auto saved = store.saveRecord(
            releve::domain::entity::availability,
            slotJson(newId(), u"2026-11-23T08:00:00Z"_s, u"2026-11-23T10:00:00Z"_s));
        QVERIFY(saved.ok());
        QVERIFY(store.deleteRecord(releve::domain::entity::availability, saved->id).ok());
        QVERIFY(store.outbox().isEmpty());
        QVERIFY(!store.record(releve::domain::entity::availability, saved->id).has_value());
    }

    void deleteRecord_afterCreateWasApplied_isBasedOnTheAppliedVersion()
    {
        LocalStore store;
        QVERIFY(store.open(newPath()).ok());
        const auto saved = store.saveRecord(
            releve::domain::entity::availability,
            slotJson(newId(), u"2026-11-23T08:00:00Z"_s, u"2026-11-23T10:00:00Z"_s));
        const qint64 seq = store.outbox().first().seq;
        store.markSent({ seq });
        store.markApplied(seq, 1);
        QCOMPARE(store.record(releve::domain::entity::availability, saved->id)->version, 1);
        QVERIFY(store.deleteRecord(releve::domain::entity::availability, saved->id).ok());
        const auto outbox = store.outbox();
        QCOMPARE(outbox.size(), 2);
        QCOMPARE(outbox.last().op, u"delete"_s);
        QCOMPARE(outbox.last().baseVersion, 1);
        QVERIFY(store.record(releve::domain::entity::availability, saved->id)->deleted);
    }

    void saveRecord_undoingAnUnsentDelete_withdrawsIt()
    {
        LocalStore store;
        QVERIFY(store.open(newPath()).ok());
        const QJsonObject slot
            = serverChange(slotJson(newId(), u"2026-11-23T08:00:00Z"_s, u"2026-11-23T10:00:00Z"_s),
                           3)
                  .data;
        const QString id = slot.value(u"id"_s).toString();
        QVERIFY(store.applyPage({ serverChange(slot, 3) }, u"e.1"_s).ok());
        QVERIFY(store.deleteRecord(releve::domain::entity::availability, id).ok());
        QCOMPARE(store.outbox().size(), 1);
        QVERIFY(store.records(releve::domain::entity::availability).isEmpty());

        // Undo before it was sent: nothing left to send, the record is back as it was.
        QVERIFY(store.saveRecord(releve::domain::entity::availability, slot).ok());
        QVERIFY(store.outbox().isEmpty());
        const CachedRecord back = *store.record(releve::domain::entity::availability, id);
        QVERIFY(!back.deleted);
        QCOMPARE(back.syncState, u"synced"_s);
        QCOMPARE(back.version, 3);

        // Once the delete may have reached the server, undo is a new change after it.
        QVERIFY(store.deleteRecord(releve::domain::entity::availability, id).ok());
        store.markSent({ store.outbox().first().seq });
        QVERIFY(store.saveRecord(releve::domain::entity::availability, slot).ok());
        QCOMPARE(store.outbox().size(), 2);
        QCOMPARE(store.outbox().last().op, u"upsert"_s);
    }

    void applyPage_writesChangesAndCursorTogether()
    {
        const QString path = newPath();
        LocalStore store;
        QVERIFY(store.open(path).ok());
        const QJsonObject a
            = slotJson(newId(), u"2026-11-23T08:00:00Z"_s, u"2026-11-23T10:00:00Z"_s);
        const QJsonObject b
            = slotJson(newId(), u"2026-11-24T08:00:00Z"_s, u"2026-11-24T10:00:00Z"_s);
        QVERIFY(store.applyPage({ serverChange(a, 1), serverChange(b, 3) }, u"e.2"_s, true).ok());
        QCOMPARE(store.cursor(), u"e.2"_s);
        QCOMPARE(store.records(releve::domain::entity::availability).size(), 2);
        QCOMPARE(store.record(releve::domain::entity::availability, b.value(u"id"_s).toString())
                     ->version,
                 3);
        QCOMPARE(store.record(releve::domain::entity::availability, a.value(u"id"_s).toString())
                     ->syncState,
                 u"synced"_s);

        // The cursor cannot be written: neither is the page.
        {
            RawDb raw(path);
            QVERIFY(raw.exec(u"CREATE TRIGGER no_cursor_i BEFORE INSERT ON kv WHEN "
                             u"NEW.key = 'cursor' BEGIN SELECT RAISE(ABORT, 'boom'); END"_s));
            QVERIFY(raw.exec(u"CREATE TRIGGER no_cursor_u BEFORE UPDATE ON kv WHEN "
                             u"NEW.key = 'cursor' BEGIN SELECT RAISE(ABORT, 'boom'); END"_s));
        }
        const QJsonObject c
            = slotJson(newId(), u"2026-11-25T08:00:00Z"_s, u"2026-11-25T10:00:00Z"_s);
        const auto applied = store.applyPage({ serverChange(c, 1) }, u"e.3"_s);
        QVERIFY(!applied.ok());
        QCOMPARE(store.cursor(), u"e.2"_s);
        QVERIFY(!store.record(releve::domain::entity::availability, c.value(u"id"_s).toString())
                     .has_value());
    }

    void applyPage_tombstone_marksRecordDeleted()
    {
        LocalStore store;
        QVERIFY(store.open(newPath()).ok());
        const QJsonObject a
            = slotJson(newId(), u"2026-11-23T08:00:00Z"_s, u"2026-11-23T10:00:00Z"_s);
        QVERIFY(store.applyPage({ serverChange(a, 1) }, u"e.1"_s).ok());
        LocalStore::Change tombstone;
        tombstone.entity = releve::domain::entity::availability;
        tombstone.id = a.value(u"id"_s).toString();
        tombstone.version = 2;
        tombstone.deleted = true;
        QVERIFY(store.applyPage({ tombstone }, u"e.2"_s).ok());
        QVERIFY(store.records(releve::domain::entity::availability).isEmpty());
        QCOMPARE(store.records(releve::domain::entity::availability, true).size(), 1);
        QVERIFY(store.record(releve::domain::entity::availability, tombstone.id)->deleted);
    }

    void applyPage_recordWithPendingChange_keepsTheLocalChange()
    {
        LocalStore store;
        QVERIFY(store.open(newPath()).ok());
        const QJsonObject server
            = slotJson(newId(), u"2026-11-23T08:00:00Z"_s, u"2026-11-23T10:00:00Z"_s, u"server"_s);
        const QString id = server.value(u"id"_s).toString();
        QVERIFY(store.applyPage({ serverChange(server, 1) }, u"e.1"_s).ok());
        QJsonObject mine = store.record(releve::domain::entity::availability, id)->data;
        mine.insert(u"note"_s, u"mine"_s);
        QVERIFY(store.saveRecord(releve::domain::entity::availability, mine).ok());

        // Someone else moved the end on the server; the pull brings version 2.
        QJsonObject newer = server;
        newer.insert(u"end"_s, u"2026-11-23T11:00:00Z"_s);
        QVERIFY(store.applyPage({ serverChange(newer, 2) }, u"e.2"_s).ok());
        const CachedRecord cached = *store.record(releve::domain::entity::availability, id);
        QCOMPARE(cached.data.value(u"note"_s).toString(), u"mine"_s); // not overwritten
        QCOMPARE(cached.data.value(u"end"_s).toString(), u"2026-11-23T11:00:00Z"_s); // rebased
        QCOMPARE(cached.syncState, u"pending"_s);
        QCOMPARE(cached.version, 2);
        QCOMPARE(store.outbox().size(), 1);
    }

    void outboxEntry_leavesOnlyWithThePullThatBringsItsEffect()
    {
        const QString path = newPath();
        LocalStore store;
        QVERIFY(store.open(path).ok());
        const QJsonObject slot
            = slotJson(newId(), u"2026-11-23T08:00:00Z"_s, u"2026-11-23T10:00:00Z"_s, u"v1"_s);
        const QString id = slot.value(u"id"_s).toString();
        QVERIFY(store.applyPage({ serverChange(slot, 1) }, u"e.1"_s).ok());
        QJsonObject edit = store.record(releve::domain::entity::availability, id)->data;
        edit.insert(u"note"_s, u"v2"_s);
        QVERIFY(store.saveRecord(releve::domain::entity::availability, edit).ok());
        const qint64 seq = store.outbox().first().seq;
        QCOMPARE(store.outbox().first().baseVersion, 1);

        store.markSent({ seq });
        QCOMPARE(store.outbox().first().state, u"sent"_s);
        QCOMPARE(store.outbox().first().attempts, 1);
        store.markApplied(seq, 2);
        // The push answer alone does not remove it.
        QCOMPARE(store.outbox().size(), 1);
        QCOMPARE(store.outbox().first().state, u"acked"_s);
        QCOMPARE(store.pendingCount(), 1);

        // A page with another record, then an older version of this one: it stays.
        QVERIFY(store
                    .applyPage({ serverChange(slotJson(newId(), u"2026-11-26T08:00:00Z"_s,
                                                       u"2026-11-26T10:00:00Z"_s),
                                              1) },
                               u"e.2"_s)
                    .ok());
        QCOMPARE(store.outbox().size(), 1);

        // The pull that brings version 2 removes it, in its own transaction.
        QVERIFY(store.applyPage({ serverChange(edit, 2) }, u"e.3"_s).ok());
        QCOMPARE(store.outbox().size(), 0);
        QCOMPARE(store.pendingCount(), 0);
        const CachedRecord cached = *store.record(releve::domain::entity::availability, id);
        QCOMPARE(cached.syncState, u"synced"_s);
        QCOMPARE(cached.version, 2);
        QCOMPARE(cached.data.value(u"note"_s).toString(), u"v2"_s);
    }

    void markApplied_afterThePullBroughtIt_leavesAtOnce()
    {
        // The answer was lost, a pull brought the effect, the replay answers "applied".
        LocalStore store;
        QVERIFY(store.open(newPath()).ok());
        const QJsonObject slot
            = slotJson(newId(), u"2026-11-23T08:00:00Z"_s, u"2026-11-23T10:00:00Z"_s);
        const auto saved = store.saveRecord(releve::domain::entity::availability, slot);
        QVERIFY(saved.ok());
        const qint64 seq = store.outbox().first().seq;
        store.markSent({ seq });
        QVERIFY(store.applyPage({ serverChange(saved->data, 1) }, u"e.1"_s).ok());
        QCOMPARE(store.outbox().size(), 1); // still "sent": not acknowledged yet
        store.markApplied(seq, 1);
        QCOMPARE(store.outbox().size(), 0);
        QCOMPARE(store.record(releve::domain::entity::availability, slot.value(u"id"_s).toString())
                     ->syncState,
                 u"synced"_s);
    }

    void rejectedChange_staysVisibleUntilDropped()
    {
        LocalStore store;
        QVERIFY(store.open(newPath()).ok());
        const QJsonObject slot
            = slotJson(newId(), u"2026-11-23T08:00:00Z"_s, u"2026-11-23T10:00:00Z"_s, u"server"_s);
        const QString id = slot.value(u"id"_s).toString();
        QVERIFY(store.applyPage({ serverChange(slot, 4) }, u"e.1"_s).ok());
        QJsonObject edit = store.record(releve::domain::entity::availability, id)->data;
        edit.insert(u"end"_s, u"2026-11-23T11:00:00Z"_s);
        QVERIFY(store.saveRecord(releve::domain::entity::availability, edit).ok());
        const qint64 seq = store.outbox().first().seq;
        store.markRejected(seq, { u"slot_committed"_s, u"end"_s, u"already contracted"_s });
        QCOMPARE(store.pendingCount(), 0);
        QCOMPARE(store.needsAttentionCount(), 1);
        const OutboxEntry rejected = store.outbox().first();
        QCOMPARE(rejected.state, u"rejected"_s);
        QCOMPARE(rejected.errorCode, u"slot_committed"_s);
        QCOMPARE(rejected.errorField, u"end"_s);
        CachedRecord cached = *store.record(releve::domain::entity::availability, id);
        QCOMPARE(cached.syncState, u"rejected"_s);
        QCOMPARE(cached.data.value(u"end"_s).toString(), u"2026-11-23T11:00:00Z"_s);

        store.dropEntry(seq);
        cached = *store.record(releve::domain::entity::availability, id);
        QCOMPARE(cached.syncState, u"synced"_s);
        QCOMPARE(cached.data.value(u"end"_s).toString(), u"2026-11-23T10:00:00Z"_s);
        QVERIFY(store.outbox().isEmpty());
    }

    void conflict_keepsMineAndTheirs_resolutionIsANewMutation()
    {
        LocalStore store;
        QVERIFY(store.open(newPath()).ok());
        const QJsonObject slot
            = slotJson(newId(), u"2026-11-23T08:00:00Z"_s, u"2026-11-23T10:00:00Z"_s, u"base"_s);
        const QString id = slot.value(u"id"_s).toString();
        QVERIFY(store.applyPage({ serverChange(slot, 1) }, u"e.1"_s).ok());
        QJsonObject mine = store.record(releve::domain::entity::availability, id)->data;
        mine.insert(u"note"_s, u"mine"_s);
        QVERIFY(store.saveRecord(releve::domain::entity::availability, mine).ok());
        const qint64 seq = store.outbox().first().seq;
        store.markSent({ seq });
        QJsonObject theirs = serverChange(slot, 2).data;
        theirs.insert(u"note"_s, u"theirs"_s);
        store.markConflict(seq, theirs, 2);

        QCOMPARE(store.conflicts().size(), 1);
        const auto conflict = store.conflicts().first();
        QCOMPARE(conflict.mine.value(u"note"_s).toString(), u"mine"_s);
        QCOMPARE(conflict.theirs.value(u"note"_s).toString(), u"theirs"_s);
        QCOMPARE(conflict.theirVersion, 2);
        QCOMPARE(conflict.outboxSeq, seq);
        QCOMPARE(store.record(releve::domain::entity::availability, id)->syncState, u"conflict"_s);
        QCOMPARE(store.needsAttentionCount(), 1);

        QJsonObject merged = theirs;
        merged.insert(u"note"_s, u"mine and theirs"_s);
        QVERIFY(store.resolveConflict(releve::domain::entity::availability, id, merged).ok());
        QVERIFY(store.conflicts().isEmpty());
        const QList<OutboxEntry> outbox = store.outbox();
        QCOMPARE(outbox.size(), 1);
        QVERIFY(outbox.first().seq > seq);
        QCOMPARE(outbox.first().state, u"pending"_s);
        QCOMPARE(outbox.first().baseVersion, 2);
        QCOMPARE(outbox.first().old, (QJsonObject { { u"note"_s, u"theirs"_s } }));
        const CachedRecord cached = *store.record(releve::domain::entity::availability, id);
        QCOMPARE(cached.data.value(u"note"_s).toString(), u"mine and theirs"_s);
        QCOMPARE(cached.syncState, u"pending"_s);
    }

    void queueCommand_writesOutboxEntry()
    {
        LocalStore store;
        QVERIFY(store.open(newPath()).ok());
        const QString proposalId = newId();
        const auto queued
            = store.queueCommand(u"proposal"_s, proposalId,
                                 QJsonObject { { u"command"_s, u"propose"_s },
                                               { u"request_id"_s, newId() },
                                               { u"staff_id"_s, staffId },
                                               { u"intervention_ids"_s, QJsonArray() } });
        QVERIFY2(queued.ok(), qPrintable(queued.error().toString()));
        QCOMPARE(queued->op, u"command"_s);
        QCOMPARE(store.outbox().size(), 1);
        QCOMPARE(store.outbox().first().toMutationJson().value(u"op"_s).toString(), u"command"_s);
        // Rejected, it stays in the outbox with its reason and shows no phantom proposal.
        store.markRejected(queued->seq, { u"invalid_state"_s, {}, u"request not published"_s });
        QVERIFY(!store.record(u"proposal"_s, proposalId).has_value());
        QCOMPARE(store.outbox().first().state, u"rejected"_s);
        const auto wrong = store.queueCommand(u"request"_s, newId(),
                                              QJsonObject { { u"command"_s, u"accept"_s } });
        QCOMPARE(wrong.error().field, u"entity"_s);
        const auto unknown = store.queueCommand(u"request"_s, newId(),
                                                QJsonObject { { u"command"_s, u"explode"_s } });
        QCOMPARE(unknown.error().field, u"command"_s);
    }

    void rotateClientId_renumbersEntriesInOrder()
    {
        LocalStore store;
        QVERIFY(store.open(newPath()).ok());
        for (int day = 23; day <= 26; ++day) {
            QVERIFY(store
                        .saveRecord(releve::domain::entity::availability,
                                    slotJson(newId(), u"2026-11-%1T08:00:00Z"_s.arg(day),
                                             u"2026-11-%1T10:00:00Z"_s.arg(day)))
                        .ok());
        }
        store.dropEntry(store.outbox().first().seq);
        const QList<OutboxEntry> before = store.outbox();
        QCOMPARE(before.size(), 3);
        QCOMPARE(before.first().seq, 2);
        const QString oldId = store.clientId();

        store.rotateClientId();
        QVERIFY(store.clientId() != oldId);
        const QList<OutboxEntry> after = store.outbox();
        QCOMPARE(after.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(after[i].seq, i + 1);
            QCOMPARE(after[i].mutationId, before[i].mutationId);
            QCOMPARE(after[i].recordId, before[i].recordId);
        }
        QVERIFY(
            store
                .saveRecord(releve::domain::entity::availability,
                            slotJson(newId(), u"2026-11-27T08:00:00Z"_s, u"2026-11-27T10:00:00Z"_s))
                .ok());
        QCOMPARE(store.outbox().last().seq, 4);
    }

    void resetForResync_keepsOutbox_removesOnlyWhatTheFullPullDidNotBring()
    {
        LocalStore store;
        QVERIFY(store.open(newPath()).ok());
        const QJsonObject kept
            = slotJson(newId(), u"2026-11-23T08:00:00Z"_s, u"2026-11-23T10:00:00Z"_s);
        const QJsonObject gone
            = slotJson(newId(), u"2026-11-24T08:00:00Z"_s, u"2026-11-24T10:00:00Z"_s);
        QVERIFY(
            store.applyPage({ serverChange(kept, 1), serverChange(gone, 1) }, u"e.2"_s, true).ok());
        const auto local = store.saveRecord(
            releve::domain::entity::availability,
            slotJson(newId(), u"2026-11-25T08:00:00Z"_s, u"2026-11-25T10:00:00Z"_s));
        QVERIFY(local.ok());

        store.resetForResync();
        QCOMPARE(store.cursor(), QString());
        QCOMPARE(store.records(releve::domain::entity::availability).size(), 3); // no flicker
        QVERIFY(store.applyPage({ serverChange(kept, 1) }, u"f.1"_s, false).ok());
        QCOMPARE(store.records(releve::domain::entity::availability).size(), 3);
        QVERIFY(store.applyPage({}, u"f.1"_s, true).ok());
        const auto records = store.records(releve::domain::entity::availability);
        QCOMPARE(records.size(), 2);
        QVERIFY(store.record(releve::domain::entity::availability, kept.value(u"id"_s).toString())
                    .has_value());
        QVERIFY(!store.record(releve::domain::entity::availability, gone.value(u"id"_s).toString())
                     .has_value());
        QVERIFY(store.record(releve::domain::entity::availability, local->id).has_value());
        QCOMPARE(store.outbox().size(), 1);
    }

    void open_garbageFile_isSetAsideAndAFreshCacheWorks()
    {
        const QString path = newPath();
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray garbage;
            for (int i = 0; i < 8192; ++i)
                garbage.append(char((i * 7919) % 251));
            file.write(garbage);
        }
        LocalStore store;
        const auto opened = store.open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, u"cache_corrupt"_s);
        QVERIFY2(opened.error().message.contains(u"set aside"_s),
                 qPrintable(opened.error().message));
        // The bad file is kept beside, never deleted.
        const QStringList aside
            = QDir(m_dir.path()).entryList({ QFileInfo(path).fileName() + u".corrupt-*"_s });
        QCOMPARE(aside.size(), 1);
        QVERIFY(opened.error().message.contains(aside.first()));
        QCOMPARE(QFileInfo(m_dir.filePath(aside.first())).size(), 8192);
        // A working fresh cache.
        QVERIFY(store.isOpen());
        QVERIFY(
            store
                .saveRecord(releve::domain::entity::availability,
                            slotJson(newId(), u"2026-11-23T08:00:00Z"_s, u"2026-11-23T10:00:00Z"_s))
                .ok());
        QCOMPARE(store.outbox().size(), 1);
        store.close();
        LocalStore again;
        QVERIFY(again.open(path).ok());
        QCOMPARE(again.outbox().size(), 1);
    }

    void open_damagedCache_recoversUnsentChanges()
    {
        const QString path = newPath();
        QString clientId;
        QList<OutboxEntry> before;
        {
            LocalStore store;
            QVERIFY(store.open(path).ok());
            for (int day = 23; day <= 24; ++day) {
                QVERIFY(store
                            .saveRecord(releve::domain::entity::availability,
                                        slotJson(newId(), u"2026-11-%1T08:00:00Z"_s.arg(day),
                                                 u"2026-11-%1T10:00:00Z"_s.arg(day)))
                            .ok());
            }
            clientId = store.clientId();
            before = store.outbox();
        }
        {
            RawDb raw(path);
            QVERIFY(raw.exec(u"DROP TABLE records"_s)); // the records are lost, the outbox not
        }
        LocalStore store;
        const auto opened = store.open(path);
        QCOMPARE(opened.error().code, u"cache_corrupt"_s);
        QVERIFY2(opened.error().message.contains(u"2 unsent"_s),
                 qPrintable(opened.error().message));
        QCOMPARE(store.clientId(), clientId);
        const QList<OutboxEntry> after = store.outbox();
        QCOMPARE(after.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(after[i].seq, before[i].seq);
            QCOMPARE(after[i].mutationId, before[i].mutationId);
            QCOMPARE(after[i].data, before[i].data);
        }
        QCOMPARE(store.records(releve::domain::entity::availability).size(), 2);
        QVERIFY(
            store
                .saveRecord(releve::domain::entity::availability,
                            slotJson(newId(), u"2026-11-25T08:00:00Z"_s, u"2026-11-25T10:00:00Z"_s))
                .ok());
        QCOMPARE(store.outbox().last().seq, before.last().seq + 1);
    }

    void open_cacheOfANewerVersion_isLeftUntouched()
    {
        const QString path = newPath();
        {
            LocalStore store;
            QVERIFY(store.open(path).ok());
        }
        {
            RawDb raw(path);
            QVERIFY(raw.exec(u"PRAGMA user_version = %1"_s.arg(LocalStore::schemaVersion + 1)));
        }
        LocalStore store;
        const auto opened = store.open(path);
        QCOMPARE(opened.error().code, u"cache_newer"_s);
        QVERIFY(!store.isOpen());
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(
            QDir(m_dir.path()).entryList({ QFileInfo(path).fileName() + u".corrupt-*"_s }).size(),
            0);
    }

    void recordsWhere_matchesJsonField()
    {
        LocalStore store;
        QVERIFY(store.open(newPath()).ok());
        QVERIFY(
            store
                .saveRecord(releve::domain::entity::availability,
                            slotJson(newId(), u"2026-11-23T08:00:00Z"_s, u"2026-11-23T10:00:00Z"_s))
                .ok());
        QCOMPARE(
            store.recordsWhere(releve::domain::entity::availability, u"staff_id"_s, staffId).size(),
            1);
        QCOMPARE(
            store.recordsWhere(releve::domain::entity::availability, u"staff_id"_s, newId()).size(),
            0);
    }

    void values_arePersistent()
    {
        const QString path = newPath();
        {
            LocalStore store;
            QVERIFY(store.open(path).ok());
            store.setValue(u"login"_s, u"coord"_s);
        }
        LocalStore store;
        QVERIFY(store.open(path).ok());
        QCOMPARE(store.value(u"login"_s), u"coord"_s);
    }

    // --- Schema versions, restored servers, corrections --------------------------------------

    // Every earlier schema version, as that version wrote it: 0 is an empty file (a cache being
    // created when the computer stopped), 1 the fixture tests/core/store/fixtures/cache-v1.sql
    // with an outbox entry in every state.
    void migrate_fromEveryEarlierVersion_keepsEveryOutboxEntry_data()
    {
        QTest::addColumn<int>("fromVersion");
        for (int version = 0; version < LocalStore::schemaVersion; ++version)
            QTest::newRow(qPrintable(u"version %1"_s.arg(version))) << version;
    }
    void migrate_fromEveryEarlierVersion_keepsEveryOutboxEntry()
    {
        QFETCH(int, fromVersion);
        const QString path = newPath();
        if (fromVersion == 0) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        } else {
            QFile fixture(
                QStringLiteral(RELEVE_SOURCE_DIR "/tests/core/store/fixtures/cache-v%1.sql")
                    .arg(fromVersion));
            QVERIFY(fixture.open(QIODevice::ReadOnly));
            RawDb raw(path);
            const QString script = QString::fromUtf8(fixture.readAll());
            for (const QString &statement : script.split(u";\n"_s, Qt::SkipEmptyParts)) {
                QString sql;
                for (const QString &line : statement.split(u'\n')) {
                    if (!line.startsWith(u"--"_s))
                        sql += line + u'\n';
                }
                if (!sql.trimmed().isEmpty())
                    QVERIFY(raw.exec(sql));
            }
            QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), fromVersion);
        }
        LocalStore store;
        const auto opened = store.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
        {
            RawDb raw(path);
            QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), LocalStore::schemaVersion);
        }
        if (fromVersion == 0) {
            QVERIFY(store.outbox().isEmpty());
            QVERIFY(!store.clientId().isEmpty());
            return;
        }
        QCOMPARE(store.clientId(), u"5f0c2a1e-7d43-4c1b-9a55-0e6f1d2b3c4d"_s);
        QCOMPARE(store.cursor(), u"ep1.42"_s);
        const QList<OutboxEntry> entries = store.outbox();
        QCOMPARE(entries.size(), 5);
        const QStringList states { u"sent"_s, u"pending"_s, u"conflict"_s, u"rejected"_s,
                                   u"acked"_s };
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(entries[i].seq, i + 1);
            QCOMPARE(entries[i].mutationId, u"bbbbbbbb-0000-4000-8000-00000000000%1"_s.arg(i + 1));
            QCOMPARE(entries[i].state, states[i]);
            QCOMPARE(entries[i].schemaVersion, 1);
        }
        QCOMPARE(entries[3].errorCode, u"invalid_state"_s);
        QCOMPARE(entries[0].old.value(u"note"_s).toString(), u"on the server"_s);
        QCOMPARE(store.pendingCount(), 3);
        QCOMPARE(store.needsAttentionCount(), 2);
        const QList<releve::store::Conflict> conflicts = store.conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().base.value(u"note"_s).toString(), u"base"_s);
        QCOMPARE(store.records(releve::domain::entity::availability).size(), 3);
        // A change made after the upgrade follows the old ones, written by this version.
        const auto saved = store.saveRecord(
            releve::domain::entity::availability,
            slotJson(newId(), u"2026-11-23T08:00:00Z"_s, u"2026-11-23T10:00:00Z"_s));
        QVERIFY(saved.ok());
        QCOMPARE(store.outbox().last().seq, 6);
        QCOMPARE(store.outbox().last().schemaVersion, LocalStore::schemaVersion);
        // And every old entry goes out in the mutation format the server reads.
        QCOMPARE(entries[1].toMutationJson().value(u"seq"_s).toInteger(), 2);
        QCOMPARE(entries[1].toMutationJson().value(u"op"_s).toString(), u"upsert"_s);
    }

    void resync_removingMoreThanTheGuard_waitsForAPerson()
    {
        LocalStore store;
        QVERIFY(store.open(newPath()).ok());
        store.setRemovalGuard(30, 5);
        QList<LocalStore::Change> all;
        for (int day = 1; day <= 20; ++day)
            all.append(serverChange(
                slotJson(newId(), u"2026-12-%1T08:00:00Z"_s.arg(day, 2, 10, QLatin1Char('0')),
                         u"2026-12-%1T10:00:00Z"_s.arg(day, 2, 10, QLatin1Char('0'))),
                1));
        QVERIFY(store.applyPage(all, u"e1.20"_s, true).ok());
        store.resetForResync();
        QSignalSpy held(&store, &LocalStore::removalHeld);
        // The restored server brings back 12 of the 20: removing 8 (40 %) is more than 30 %.
        QVERIFY(store.applyPage(all.mid(0, 12), u"e2.12"_s, true).ok());
        QCOMPARE(held.size(), 1);
        QCOMPARE(held.first().at(0).toInt(), 8);
        QCOMPARE(store.heldRemovalCount(), 8);
        QCOMPARE(store.records(releve::domain::entity::availability).size(), 20); // nothing gone
        // Later pulls go on; what they bring back is no longer waiting.
        QVERIFY(store.applyPage({ all.at(12) }, u"e2.13"_s, true).ok());
        QCOMPARE(store.heldRemovalCount(), 7);
        QVERIFY(store.confirmHeldRemoval().ok());
        QCOMPARE(store.heldRemovalCount(), 0);
        QCOMPARE(store.records(releve::domain::entity::availability).size(), 13);
    }

    void resync_afterAServerRestore_queuesAgainWhatItLostOfThisStructure()
    {
        LocalStore store;
        QVERIFY(store.open(newPath()).ok());
        LocalStore::Change account;
        account.entity = releve::domain::entity::account;
        account.id = newId();
        account.version = 1;
        account.data = QJsonObject { { u"id"_s, account.id }, { u"structure_id"_s, structureId } };
        const QJsonObject older
            = slotJson(newId(), u"2026-11-23T08:00:00Z"_s, u"2026-11-23T10:00:00Z"_s, u"v1"_s);
        QJsonObject newer = older;
        newer.insert(u"note"_s, u"v3, lost"_s);
        const QJsonObject created
            = slotJson(newId(), u"2026-11-24T08:00:00Z"_s, u"2026-11-24T10:00:00Z"_s, u"lost"_s);
        QVERIFY(store
                    .applyPage({ account, serverChange(newer, 3), serverChange(created, 1) },
                               u"e1.50"_s, true)
                    .ok());
        const QString clientId = store.clientId();
        // A pending edit of the created slot, made before the restore was known.
        QJsonObject edit = created;
        edit.insert(u"end"_s, u"2026-11-24T11:00:00Z"_s);
        QVERIFY(store.saveRecord(releve::domain::entity::availability, edit).ok());

        store.resetForResync();
        QVERIFY(store.applyPage({ account, serverChange(older, 1) }, u"e2.10"_s, true).ok());
        const QList<OutboxEntry> entries = store.outbox();
        QCOMPARE(entries.size(), 3);
        QVERIFY(store.clientId() != clientId);
        // What the server lost comes first, then the pending edit, numbered from 1.
        QCOMPARE(entries[0].seq, 1);
        QCOMPARE(entries[0].recordId, older.value(u"id"_s).toString());
        QCOMPARE(entries[0].baseVersion, 1);
        QCOMPARE(entries[0].old, (QJsonObject { { u"note"_s, u"v1"_s } }));
        QCOMPARE(entries[0].data.value(u"note"_s).toString(), u"v3, lost"_s);
        QCOMPARE(entries[1].recordId, created.value(u"id"_s).toString());
        QCOMPARE(entries[1].baseVersion, 0);
        QCOMPARE(entries[1].data.value(u"note"_s).toString(), u"lost"_s);
        QCOMPARE(entries[2].data.value(u"end"_s).toString(), u"2026-11-24T11:00:00Z"_s);
        // The cache keeps showing what this computer had.
        QCOMPARE(
            store.record(releve::domain::entity::availability, older.value(u"id"_s).toString())
                ->data.value(u"note"_s)
                .toString(),
            u"v3, lost"_s);
        QCOMPARE(
            store.record(releve::domain::entity::availability, created.value(u"id"_s).toString())
                ->data.value(u"end"_s)
                .toString(),
            u"2026-11-24T11:00:00Z"_s);
    }

    void resendCorrected_rejectedChange_isQueuedAgainBasedOnTheServersRecord()
    {
        LocalStore store;
        QVERIFY(store.open(newPath()).ok());
        const QJsonObject slot
            = slotJson(newId(), u"2026-11-23T08:00:00Z"_s, u"2026-11-23T10:00:00Z"_s, u"base"_s);
        QVERIFY(store.applyPage({ serverChange(slot, 2) }, u"e.1"_s, true).ok());
        QJsonObject edit = slot;
        edit.insert(u"end"_s, u"2026-11-23T09:00:00Z"_s);
        QVERIFY(store.saveRecord(releve::domain::entity::availability, edit).ok());
        const OutboxEntry sent = store.outbox().first();
        store.markRejected(
            sent.seq,
            releve::domain::Error { u"slot_committed"_s, u"end"_s, u"covers a contract"_s });
        QJsonObject bad = edit;
        bad.insert(u"end"_s, u"not a date"_s);
        QCOMPARE(store.resendCorrected(sent.seq, bad).error().field, u"end"_s);
        QJsonObject corrected = edit;
        corrected.insert(u"end"_s, u"2026-11-23T10:30:00Z"_s);
        QVERIFY(store.resendCorrected(sent.seq, corrected).ok());
        const QList<OutboxEntry> entries = store.outbox();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().state, u"pending"_s);
        QVERIFY(entries.first().seq > sent.seq);
        QVERIFY(entries.first().mutationId != sent.mutationId);
        QCOMPARE(entries.first().baseVersion, 2);
        QCOMPARE(entries.first().old, (QJsonObject { { u"end"_s, u"2026-11-23T10:00:00Z"_s } }));
        QVERIFY(entries.first().error.isEmpty());
        QCOMPARE(store.record(releve::domain::entity::availability, slot.value(u"id"_s).toString())
                     ->syncState,
                 u"pending"_s);
    }

    void conflict_showsMineAndTheirsFieldByField_andSuggestsAMerge()
    {
        releve::store::Conflict conflict;
        conflict.theirs = QJsonObject { { u"id"_s, u"x"_s },
                                        { u"note"_s, u"theirs"_s },
                                        { u"start"_s, u"08:00"_s },
                                        { u"end"_s, u"12:00"_s } };
        conflict.mine = QJsonObject { { u"id"_s, u"x"_s },
                                      { u"note"_s, u"mine"_s },
                                      { u"start"_s, u"07:00"_s },
                                      { u"end"_s, u"10:00"_s } };
        conflict.base = QJsonObject { { u"note"_s, u"base"_s }, { u"start"_s, u"08:00"_s } };
        QCOMPARE(conflict.differingFields(), (QStringList { u"end"_s, u"note"_s, u"start"_s }));
        QCOMPARE(conflict.overlappingFields(), QStringList { u"note"_s });
        const QJsonObject suggested = conflict.merged();
        QCOMPARE(suggested.value(u"note"_s).toString(), u"theirs"_s); // the person decides
        QCOMPARE(suggested.value(u"start"_s).toString(), u"07:00"_s); // only mine changed it
        QCOMPARE(suggested.value(u"end"_s).toString(), u"12:00"_s); // only theirs changed it
        const QJsonObject chosen = conflict.merged(QStringList { u"note"_s });
        QCOMPARE(chosen.value(u"note"_s).toString(), u"mine"_s);
        QCOMPARE(chosen.value(u"start"_s).toString(), u"08:00"_s);
    }
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
