// What a person sees and decides when sync needs them (issue 4): two coordinators of the same
// agency edit the same availability slot offline; the fields only one of them changed merge on the
// server; a field both changed becomes a conflict that the dialog shows side by side, in words,
// and that the test resolves by clicking (keep mine, keep theirs, or field by field). A change the
// server refused is listed with its reason, corrected in the dialog and sent again. Every
// scenario ends with the server's record checked and both caches converged (STYLE.md).
#include "tests/core/sync/faultharness.h"

#include "ui/common/language.h"
#include "ui/common/messagebox.h"
#include "ui/common/syncstatuswidget.h"
#include "ui/common/workspace.h"
#include "ui/sync/conflictdialog.h"
#include "ui/sync/correctiondialog.h"
#include "ui/sync/reviewchangesview.h"
#include "ui/sync/reviewmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace releve;
using namespace releve::faults;
namespace entity = domain::entity;

namespace {

template<typename T> T *findIn(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning() << "no" << T::staticMetaObject.className() << name;
    return found;
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QString folder = QStringLiteral(RELEVE_SOURCE_DIR) + u"/docs/screenshots"_s;
    QDir().mkpath(folder);
    QVERIFY(widget->grab().save(folder + u'/' + name + u".png"_s));
}

// A slot's server copy, read from the server database itself.
QJsonObject serverRecord(Territory &territory, const QString &id)
{
    QVariantList row;
    if (!territory.sql(
            u"SELECT data FROM records WHERE entity = 'availability' AND id = '%1'"_s.arg(id), &row)
        || row.isEmpty())
        return {};
    return QJsonDocument::fromJson(row.first().toString().toUtf8()).object();
}

// One coordinator's window as far as sync goes: the workstation's core and a Workspace.
struct Desk
{
    std::unique_ptr<Workstation> station;
    std::unique_ptr<ui::Workspace> workspace;

    bool open()
    {
        if (!station->open())
            return false;
        workspace = std::make_unique<ui::Workspace>(station->store.get(), station->api.get(),
                                                    station->engine.get());
        workspace->setAccount(station->account().value(u"login"_s).toString(),
                              station->structureId());
        return station->sync();
    }
};

} // namespace

class TestSyncReview : public QObject
{
    Q_OBJECT

private:
    Territory m_territory;
    QTemporaryDir m_dir;
    int m_desks = 0;
    int m_day = 0;

    std::unique_ptr<Desk> desk(const QJsonObject &account)
    {
        auto d = std::make_unique<Desk>();
        d->station = std::make_unique<Workstation>(
            m_dir.filePath(u"cache-%1.sqlite"_s.arg(++m_desks)), m_territory.directUrl(),
            m_territory.directUrl(), account);
        return d;
    }

    // A slot created by a and pulled by b; its id.
    QString sharedSlot(Desk &a, Desk &b, const QString &note)
    {
        const auto saved = a.station->store->saveRecord(entity::availability,
                                                        a.station->newSlot(7 * (++m_day), 8, note));
        if (!saved || !a.station->settle() || !b.station->sync())
            return {};
        return saved->id;
    }

    static QJsonObject edited(Desk &desk, const QString &id, const QJsonObject &changes)
    {
        QJsonObject data = desk.station->store->record(entity::availability, id)->data;
        for (auto it = changes.begin(); it != changes.end(); ++it)
            data.insert(it.key(), it.value());
        return data;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QVERIFY(m_dir.isValid());
        QVERIFY(m_territory.start());
    }

    void cleanup() { ui::MessageBox::setNextAnswer(QMessageBox::NoButton); }

    // Disjoint fields: a moves the end, b marks an absence; both edits reach the server merged,
    // with no conflict and nothing for a person to review.
    void sameSlotEditedOffline_disjointFields_mergeWithoutAsking()
    {
        auto a = desk(m_territory.coordinator(0));
        auto b = desk(m_territory.secondCoordinator);
        QVERIFY(a->open() && b->open());
        const QString id = sharedSlot(*a, *b, u"disjoint"_s);
        QVERIFY(!id.isEmpty());
        const QJsonObject before = serverRecord(m_territory, id);
        const QString laterEnd
            = QDateTime::fromString(before.value(u"end"_s).toString(), Qt::ISODate)
                  .addSecs(3600)
                  .toString(Qt::ISODate);
        QVERIFY(a->station->store
                    ->saveRecord(entity::availability, edited(*a, id, { { u"end"_s, laterEnd } }))
                    .ok());
        QVERIFY(
            b->station->store
                ->saveRecord(entity::availability, edited(*b, id, { { u"kind"_s, u"absent"_s } }))
                .ok());
        QVERIFY(a->station->settle());
        QSignalSpy conflicts(b->station->engine.get(), &SyncEngine::conflictReported);
        QVERIFY(b->station->settle());
        QCOMPARE(conflicts.size(), 0);
        QCOMPARE(b->station->store->needsAttentionCount(), 0);
        QVERIFY(a->station->settle());
        const QJsonObject server = serverRecord(m_territory, id);
        QCOMPARE(server.value(u"end"_s).toString().left(16), laterEnd.left(16));
        QCOMPARE(server.value(u"kind"_s).toString(), u"absent"_s);
        QCOMPARE(server.value(u"note"_s).toString(), u"disjoint"_s);

        ui::ReviewChangesView view(b->workspace.get());
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY(findIn<QLabel>(&view, u"reviewSummary"_s)->text().contains(u"Nothing"_s));
        QCOMPARE(a->station->convergenceError(), QString());
        QCOMPARE(b->station->convergenceError(), QString());
    }

    // The overlapping field: both change the note (a also moves the end, b also marks an
    // absence). a's reaches the server first; b's is a conflict that keeps both versions, shown
    // in the dialog; the person decides by clicking.
    void sameSlotEditedOffline_overlappingField_personDecides_data()
    {
        QTest::addColumn<QString>("decision");
        QTest::newRow("keep mine") << u"mine"_s;
        QTest::newRow("keep theirs") << u"theirs"_s;
        QTest::newRow("merge field by field") << u"merge"_s;
    }
    void sameSlotEditedOffline_overlappingField_personDecides()
    {
        QFETCH(QString, decision);
        auto a = desk(m_territory.coordinator(0));
        auto b = desk(m_territory.secondCoordinator);
        QVERIFY(a->open() && b->open());
        const QString id = sharedSlot(*a, *b, u"overlap-" + decision);
        QVERIFY(!id.isEmpty());
        const QJsonObject original = serverRecord(m_territory, id);
        const QString originalEnd = original.value(u"end"_s).toString();
        const QString laterEnd
            = QDateTime::fromString(originalEnd, Qt::ISODate).addSecs(3600).toString(Qt::ISODate);
        const QString noteA = u"Remplace Mme Martin (A) "_s + decision;
        const QString noteB = u"Congé posé (B) "_s + decision;
        QVERIFY(a->station->store
                    ->saveRecord(entity::availability,
                                 edited(*a, id, { { u"end"_s, laterEnd }, { u"note"_s, noteA } }))
                    .ok());
        QVERIFY(
            b->station->store
                ->saveRecord(entity::availability,
                             edited(*b, id, { { u"kind"_s, u"absent"_s }, { u"note"_s, noteB } }))
                .ok());
        QVERIFY(a->station->settle());

        ui::SyncStatusWidget status(b->workspace.get());
        status.resize(900, 30);
        status.show();
        QSignalSpy conflicts(b->station->engine.get(), &SyncEngine::conflictReported);
        QVERIFY(b->station->sync());
        QCOMPARE(conflicts.size(), 1);
        // Nothing overwritten silently: the server still holds a's edit, b's is kept beside it.
        QCOMPARE(serverRecord(m_territory, id).value(u"note"_s).toString(), noteA);
        QCOMPARE(b->station->store->conflicts().size(), 1);
        QCOMPARE(b->station->store->conflicts().first().mine.value(u"note"_s).toString(), noteB);
        QCOMPARE(b->station->store->record(entity::availability, id)->syncState, u"conflict"_s);

        // The status bar says it, and its link asks for the review page.
        auto *link = findIn<QLabel>(&status, u"reviewChangesLink"_s);
        QVERIFY(link);
        QTRY_VERIFY(link->isVisible());
        QVERIFY2(link->text().contains(u"1 change"_s) && link->text().contains(u"to review"_s),
                 qPrintable(link->text()));
        QSignalSpy reviewRequested(&status, &ui::SyncStatusWidget::reviewRequested);
        QTest::mouseClick(link, Qt::LeftButton, {}, link->rect().center());
        QTRY_COMPARE(reviewRequested.size(), 1);

        ui::ReviewChangesView view(b->workspace.get());
        QAbstractItemModelTester tester(view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(900, 400);
        view.show();
        auto *table = findIn<QTableView>(&view, u"reviewTable"_s);
        QCOMPARE(view.model()->rowCount(), 1);
        const QString reason
            = view.model()->index(0, ui::ReviewModel::ReasonColumn).data().toString();
        QVERIFY2(reason.contains(u"Note"_s), qPrintable(reason));
        QVERIFY(!view.model()->index(0, ui::ReviewModel::RecordColumn).data().toString().isEmpty());
        table->selectRow(0);
        auto *resolve = findIn<QPushButton>(&view, u"resolveConflictButton"_s);
        QVERIFY(resolve->isEnabled());
        QVERIFY(!findIn<QPushButton>(&view, u"discardRejectedButton"_s)->isEnabled());
        QTest::mouseClick(resolve, Qt::LeftButton);
        auto *dialog = view.findChild<ui::ConflictDialog *>(u"conflictDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());

        // Both versions, field by field, in words: labels, French dates, no raw JSON.
        auto *grid = findIn<QTableWidget>(dialog, u"conflictTable"_s);
        QCOMPARE(dialog->fields().first(), u"note"_s); // the field changed on both sides first
        QVERIFY(dialog->fields().contains(u"end"_s));
        QVERIFY(dialog->fields().contains(u"kind"_s));
        QCOMPARE(grid->rowCount(), dialog->fields().size());
        QVERIFY(grid->item(0, 0)->text().startsWith(u"Note"_s));
        auto *mineNote = findIn<QRadioButton>(dialog, u"mine_note"_s);
        auto *theirsNote = findIn<QRadioButton>(dialog, u"theirs_note"_s);
        QCOMPARE(mineNote->text(), noteB);
        QCOMPARE(theirsNote->text(), noteA);
        QVERIFY(!mineNote->isChecked() && !theirsNote->isChecked()); // the person chooses
        QCOMPARE(findIn<QRadioButton>(dialog, u"mine_kind"_s)->text(), u"Absent"_s);
        QCOMPARE(findIn<QRadioButton>(dialog, u"theirs_kind"_s)->text(), u"Available"_s);
        QVERIFY(findIn<QRadioButton>(dialog, u"mine_kind"_s)->isChecked()); // only b changed it
        QVERIFY(findIn<QRadioButton>(dialog, u"theirs_end"_s)->isChecked()); // only a changed it
        const QString theirsEnd = findIn<QRadioButton>(dialog, u"theirs_end"_s)->text();
        static const QRegularExpression rawDate(u"\\d{4}-\\d{2}-\\d{2}"_s);
        QVERIFY2(!theirsEnd.contains(rawDate), qPrintable(theirsEnd));
        // Written the French way ("lundi 17 janvier 2028 …"), whatever the interface language.
        QVERIFY2(theirsEnd.contains(QLocale().monthName(1)) && theirsEnd.contains(u"2028"_s),
                 qPrintable(theirsEnd));
        auto *merge = findIn<QPushButton>(dialog, u"mergeButton"_s);
        QVERIFY(!merge->isEnabled()); // the note is still undecided

        QJsonObject expected;
        if (decision == u"mine"_s) {
            QTest::mouseClick(findIn<QPushButton>(dialog, u"keepMineButton"_s), Qt::LeftButton);
            expected
                = { { u"note"_s, noteB }, { u"kind"_s, u"absent"_s }, { u"end"_s, originalEnd } };
        } else if (decision == u"theirs"_s) {
            QTest::mouseClick(findIn<QPushButton>(dialog, u"keepTheirsButton"_s), Qt::LeftButton);
            expected
                = { { u"note"_s, noteA }, { u"kind"_s, u"available"_s }, { u"end"_s, laterEnd } };
        } else {
            // b's note, a's end (pre-chosen: only a changed it), b's absence (only b changed it).
            QTest::mouseClick(mineNote, Qt::LeftButton);
            QVERIFY(merge->isEnabled());
            QTest::mouseClick(merge, Qt::LeftButton);
            expected = { { u"note"_s, noteB }, { u"kind"_s, u"absent"_s }, { u"end"_s, laterEnd } };
        }
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QVERIFY(b->station->store->conflicts().isEmpty());
        QTRY_COMPARE(view.model()->rowCount(), 0);

        // The decision reaches the server (the view asked for a sync; settle to be sure).
        QVERIFY(b->station->settle());
        QVERIFY(a->station->settle());
        const QJsonObject server = serverRecord(m_territory, id);
        QCOMPARE(server.value(u"note"_s).toString(), expected.value(u"note"_s).toString());
        QCOMPARE(server.value(u"kind"_s).toString(), expected.value(u"kind"_s).toString());
        QCOMPARE(QDateTime::fromString(server.value(u"end"_s).toString(), Qt::ISODate),
                 QDateTime::fromString(expected.value(u"end"_s).toString(), Qt::ISODate));
        QCOMPARE(serverSlotsWithNote(m_territory, expected.value(u"note"_s).toString()), 1);
        for (Desk *d : { a.get(), b.get() }) {
            QCOMPARE(d->station->store->record(entity::availability, id)->data.value(u"note"_s),
                     expected.value(u"note"_s));
            QCOMPARE(d->station->convergenceError(), QString());
        }
        QTRY_VERIFY(!link->isVisible());
    }

    // Deleted here, edited there: the dialog says so, offers no field-by-field merge, and
    // keeping the server's version brings the record back with the other person's edit.
    void deletedHere_editedThere_keepTheirsBringsItBack()
    {
        auto a = desk(m_territory.coordinator(0));
        auto b = desk(m_territory.secondCoordinator);
        QVERIFY(a->open() && b->open());
        const QString id = sharedSlot(*a, *b, u"deleted-here"_s);
        QVERIFY(!id.isEmpty());
        QVERIFY(a->station->store
                    ->saveRecord(entity::availability,
                                 edited(*a, id, { { u"note"_s, u"Gardé par A"_s } }))
                    .ok());
        QVERIFY(b->station->store->deleteRecord(entity::availability, id).ok());
        QVERIFY(a->station->settle());
        QVERIFY(b->station->sync());
        QCOMPARE(b->station->store->conflicts().size(), 1);
        QVERIFY(b->station->store->conflicts().first().mineDeleted);
        QVERIFY(!serverRecord(m_territory, id).isEmpty()); // not deleted behind A's back

        ui::ReviewChangesView view(b->workspace.get());
        view.show();
        QCOMPARE(view.model()->rowCount(), 1);
        auto *dialog = view.resolveConflict(0);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(findIn<QLabel>(dialog, u"conflictIntro"_s)->text().contains(u"You deleted it"_s));
        QVERIFY(!findIn<QPushButton>(dialog, u"mergeButton"_s)->isVisible());
        QCOMPARE(findIn<QRadioButton>(dialog, u"mine_note"_s)->text(), u"(deleted)"_s);
        QCOMPARE(findIn<QRadioButton>(dialog, u"theirs_note"_s)->text(), u"Gardé par A"_s);
        QTest::mouseClick(findIn<QPushButton>(dialog, u"keepTheirsButton"_s), Qt::LeftButton);
        QTRY_COMPARE(view.model()->rowCount(), 0);
        QVERIFY(b->station->settle() && a->station->settle());
        const auto back = b->station->store->record(entity::availability, id);
        QVERIFY(back && !back->deleted);
        QCOMPARE(back->data.value(u"note"_s).toString(), u"Gardé par A"_s);
        QCOMPARE(serverRecord(m_territory, id).value(u"note"_s).toString(), u"Gardé par A"_s);
        QCOMPARE(a->station->convergenceError(), QString());
        QCOMPARE(b->station->convergenceError(), QString());
    }

    // A change the server refuses (a slot for another agency's worker: "forbidden" on the staff
    // member) is listed with the reason in words; the person corrects it in the dialog — a bad
    // correction first, kept open with the error under its field — and sends it again; another
    // refused change is discarded after confirmation.
    void refusedChange_shownWithReason_correctedAndResent()
    {
        auto a = desk(m_territory.coordinator(0));
        QVERIFY(a->open());
        LocalStore *store = a->station->store.get();
        QString foreignStaff;
        for (const CachedRecord &staff : store->records(entity::staff)) {
            if (staff.structureId != a->station->structureId())
                foreignStaff = staff.id;
        }
        QVERIFY2(!foreignStaff.isEmpty(), "the demo shares another agency's staff");
        QJsonObject refusedSlot = a->station->newSlot(200, 9, u"Pour un autre service"_s);
        refusedSlot.insert(u"staff_id"_s, foreignStaff);
        const auto refused = store->saveRecord(entity::availability, refusedSlot);
        QJsonObject droppedSlot = a->station->newSlot(201, 9, u"À abandonner"_s);
        droppedSlot.insert(u"staff_id"_s, foreignStaff);
        const auto dropped = store->saveRecord(entity::availability, droppedSlot);
        QVERIFY(refused.ok() && dropped.ok());
        QSignalSpy rejections(a->station->engine.get(), &SyncEngine::rejectionReported);
        QVERIFY(a->station->sync());
        QCOMPARE(rejections.size(), 2);
        QCOMPARE(store->outbox({ u"rejected"_s }).size(), 2);

        ui::ReviewChangesView view(a->workspace.get());
        QAbstractItemModelTester tester(view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(1000, 360);
        view.show();
        QCOMPARE(view.model()->rowCount(), 2);
        int refusedRow = -1;
        int droppedRow = -1;
        for (int row = 0; row < 2; ++row) {
            const auto *item = view.model()->itemAt(row);
            QCOMPARE(item->kind, ui::ReviewModel::Item::Kind::Rejected);
            (item->entry.recordId == refused->id ? refusedRow : droppedRow) = row;
            QCOMPARE(view.model()->index(row, ui::ReviewModel::KindColumn).data().toString(),
                     u"Refused by the server"_s);
            const QString reason
                = view.model()->index(row, ui::ReviewModel::ReasonColumn).data().toString();
            QVERIFY2(reason.startsWith(u"Staff member: "_s), qPrintable(reason));
            QVERIFY2(reason.contains(u"not one of your structure's staff"_s), qPrintable(reason));
        }
        QVERIFY(refusedRow >= 0 && droppedRow >= 0);

        // Correct: the dialog shows the reason, under the staff member too.
        auto *table = findIn<QTableView>(&view, u"reviewTable"_s);
        table->selectRow(refusedRow);
        QTest::mouseClick(findIn<QPushButton>(&view, u"correctRejectedButton"_s), Qt::LeftButton);
        auto *dialog = view.findChild<ui::CorrectionDialog *>(u"correctionDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(findIn<QLabel>(dialog, u"correctionReason"_s)
                    ->text()
                    .contains(u"not one of your structure's staff"_s));
        auto *staffError = findIn<QLabel>(dialog, u"correctError_staff_id"_s);
        QVERIFY(staffError->isVisible());
        auto *staffCombo = qobject_cast<QComboBox *>(dialog->editor(u"staff_id"_s));
        QVERIFY(staffCombo);
        QCOMPARE(staffCombo->currentData().toString(), foreignStaff);
        const QString ownStaff = a->station->ownStaffId(0);
        QVERIFY(staffCombo->findData(ownStaff) >= 0);
        staffCombo->setFocus();
        for (int i = 0; i < staffCombo->count() && staffCombo->currentData() != ownStaff; ++i)
            QTest::keyClick(staffCombo, Qt::Key_Down);
        QCOMPARE(staffCombo->currentData().toString(), ownStaff);
        auto *note = qobject_cast<QLineEdit *>(dialog->editor(u"note"_s));
        QVERIFY(note);
        note->selectAll();
        QTest::keyClicks(note, u"Notre intervenante, Mme Roux"_s);

        // A bad correction first (the end before the start): refused under its field, nothing
        // queued, the dialog stays open with what was typed.
        auto *end = qobject_cast<QDateTimeEdit *>(dialog->editor(u"end"_s));
        auto *start = qobject_cast<QDateTimeEdit *>(dialog->editor(u"start"_s));
        QVERIFY(end && start);
        const QDateTime goodEnd = end->dateTime();
        end->setDateTime(start->dateTime().addSecs(-3600));
        auto *resend = findIn<QPushButton>(dialog, u"resendButton"_s);
        QTest::mouseClick(resend, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(findIn<QLabel>(dialog, u"correctError_end"_s)->isVisible());
        QCOMPARE(store->outbox({ u"rejected"_s }).size(), 2);
        QCOMPARE(note->text(), u"Notre intervenante, Mme Roux"_s);
        end->setDateTime(goodEnd);
        QTest::mouseClick(resend, Qt::LeftButton);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QTRY_COMPARE(view.model()->rowCount(), 1);

        // Discard the other, after confirming; cancelling first keeps it.
        table->selectRow(0);
        auto *discard = findIn<QPushButton>(&view, u"discardRejectedButton"_s);
        ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(discard, Qt::LeftButton);
        QCOMPARE(view.model()->rowCount(), 1);
        ui::MessageBox::setNextAnswer(QMessageBox::Discard);
        QTest::mouseClick(discard, Qt::LeftButton);
        QVERIFY(ui::MessageBox::lastText().contains(u"Discard this change"_s));
        QTRY_COMPARE(view.model()->rowCount(), 0);

        QVERIFY(a->station->settle());
        QCOMPARE(serverSlotsWithNote(m_territory, u"Notre intervenante, Mme Roux"_s), 1);
        QCOMPARE(serverRecord(m_territory, refused->id).value(u"staff_id"_s).toString(), ownStaff);
        QVERIFY(serverRecord(m_territory, dropped->id).isEmpty());
        QVERIFY(!store->record(entity::availability, dropped->id));
        QCOMPARE(a->station->convergenceError(), QString());
    }

    // During a long pull the bar is determinate: the server says how many changes remain.
    void longPull_showsDeterminateProgress()
    {
        auto a = desk(m_territory.coordinator(0));
        a->station->pageSize = 20; // a first pull of many pages
        QVERIFY(a->station->open());
        ui::Workspace workspace(a->station->store.get(), a->station->api.get(),
                                a->station->engine.get());
        workspace.setAccount(a->station->account().value(u"login"_s).toString(),
                             a->station->structureId());
        ui::SyncStatusWidget status(&workspace);
        status.show();
        auto *bar = findIn<QProgressBar>(&status, u"syncProgress"_s);
        QList<std::pair<int, int>> seen; // (value, maximum) of the bar at each step
        QObject::connect(a->station->engine.get(), &SyncEngine::progressChanged, &status,
                         [&](int, int) {
                             seen.append({ bar->value(), bar->maximum() });
                         });
        QVERIFY(a->station->sync());
        QVERIFY(seen.size() > 3);
        int determinate = 0;
        for (const auto &[value, maximum] : std::as_const(seen)) {
            QVERIFY(value <= maximum || maximum == 0);
            determinate += maximum > 0 && value < maximum ? 1 : 0;
        }
        QVERIFY2(determinate >= 2, "the bar knows the total before the last page");
        QCOMPARE(seen.constLast().first, seen.constLast().second); // full at the end
        QVERIFY(!bar->isVisible()); // hidden once the sync ended
    }

    // The README's pictures, in French as coordinators see them: the list of changes to review
    // (a conflict and a refused change) and the conflict dialog. Runs last: it installs the
    // French translation for the rest of the process.
    void frenchScreens_forTheReadme()
    {
        QVERIFY(ui::installTranslations(qApp, u"fr"_s));
        auto a = desk(m_territory.coordinator(0));
        auto b = desk(m_territory.secondCoordinator);
        QVERIFY(a->open() && b->open());
        const QString id = sharedSlot(*a, *b, u"Matin uniquement"_s);
        QVERIFY(!id.isEmpty());
        const QString end
            = QDateTime::fromString(serverRecord(m_territory, id).value(u"end"_s).toString(),
                                    Qt::ISODate)
                  .addSecs(3600)
                  .toString(Qt::ISODate);
        QVERIFY(a->station->store
                    ->saveRecord(entity::availability,
                                 edited(*a, id,
                                        { { u"end"_s, end },
                                          { u"note"_s, u"Remplace Mme Martin le matin"_s } }))
                    .ok());
        QVERIFY(b->station->store
                    ->saveRecord(entity::availability,
                                 edited(*b, id,
                                        { { u"kind"_s, u"absent"_s },
                                          { u"note"_s, u"Congé posé (RDV médical)"_s } }))
                    .ok());
        QString foreignStaff;
        for (const CachedRecord &staff : b->station->store->records(entity::staff)) {
            if (staff.structureId != b->station->structureId())
                foreignStaff = staff.id;
        }
        QJsonObject refused = b->station->newSlot(300, 9, u"Renfort week-end"_s);
        refused.insert(u"staff_id"_s, foreignStaff);
        QVERIFY(b->station->store->saveRecord(entity::availability, refused).ok());
        QVERIFY(a->station->settle());
        QVERIFY(b->station->sync());
        QCOMPARE(b->station->store->needsAttentionCount(), 2);

        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *view = new ui::ReviewChangesView(b->workspace.get(), &window);
        auto *status = new ui::SyncStatusWidget(b->workspace.get(), &window);
        layout->addWidget(view, 1);
        layout->addWidget(status);
        window.resize(1100, 420);
        window.show();
        QVERIFY(findIn<QLabel>(view, u"reviewSummary"_s)->text().contains(u"attendent"_s));
        saveScreenshot(&window, u"sync-review"_s);
        int conflictRow
            = view->model()->itemAt(0)->kind == ui::ReviewModel::Item::Kind::Conflict ? 0 : 1;
        auto *dialog = view->resolveConflict(conflictRow);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowTitle(), u"Résoudre un conflit"_s);
        QVERIFY(findIn<QRadioButton>(dialog, u"theirs_end"_s)->text().contains(u" à "_s));
        saveScreenshot(dialog, u"sync-conflict"_s);
        dialog->reject();
    }
};

QTEST_MAIN(TestSyncReview)
#include "tst_syncreview.moc"
