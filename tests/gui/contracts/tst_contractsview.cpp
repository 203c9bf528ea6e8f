// GUI tests of the contracts screen (offscreen), on a LocalStore holding what a pull brought: a
// loan of staff from agency A (signed in) to agency B in May 2026 with one amendment. The hours
// grid is typed into with the keyboard and shows the CPOM rounding and the hand correction; the
// time-stamping CSV import takes the valid lines and lists the others by line number; the May
// statement is exported as PDF (read back with pdftotext, to the cent) and CSV; each document
// kind is previewed and exported, its SHA-256 queued for the server. Assertions are on the
// LocalStore's records and outbox. Screenshots go to <build>/screenshots/.
#include "ui/common/filedialog.h"
#include "ui/common/workspace.h"
#include "ui/contracts/amendmentdialog.h"
#include "ui/contracts/contractsview.h"
#include "ui/contracts/hoursdonemodel.h"
#include "ui/contracts/hoursdoneview.h"
#include "ui/contracts/timestampimportdialog.h"

#include "core/contracts/contractdocument.h"
#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"
#include "core/store/localstore.h"
#include "tests/core/contracts/contractfixtures.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace releve;
using contracts::testing::paris;
using contracts::testing::uuid;

namespace {

const QString lenderId = uuid(901); // agency A, the signed-in structure
const QString userId = uuid(902);

void saveScreenshot(QWidget *widget, const QString &name)
{
    QDir().mkpath(QStringLiteral(RELEVE_BINARY_DIR "/screenshots"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QString path = QStringLiteral(RELEVE_BINARY_DIR "/screenshots/") + name + u".png"_s;
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

QJsonObject structure(const QString &id, const QString &name)
{
    return { { u"id"_s, id },
             { u"structure_id"_s, id },
             { u"kind"_s, u"saad"_s },
             { u"legal_form"_s, u"association"_s },
             { u"name"_s, name },
             { u"siret"_s, u"77567227221136"_s },
             { u"departement"_s, u"23"_s },
             { u"address"_s, u"12 rue de la Poste, 23000 Guéret"_s },
             { u"location"_s, QJsonObject { { u"lat"_s, 46.17 }, { u"lon"_s, 1.87 } } } };
}

// The May 2026 loan of the statement tests (1 May and 8 May public holidays, Sunday 3 May),
// lent by the signed-in agency, signed by both structures, with one amendment that added the
// 30 May intervention.
domain::Contract mayLoan()
{
    domain::Contract c = contracts::testing::mayContract();
    c.requestId = uuid(700);
    c.proposalId = uuid(701);
    c.staffId = uuid(702);
    c.missionDepartement = u"23"_s;
    c.postCharacteristics = u"Personne malentendante : se placer face à elle."_s;
    c.status = u"signed_user"_s;
    c.signatures = { { u"lender"_s, u"Anne Dupont"_s, paris(QDate(2026, 4, 20), QTime(10, 0)) },
                     { u"user"_s, u"Claire Martin"_s, paris(QDate(2026, 4, 21), QTime(11, 0)) } };
    domain::ContractAmendment amendment;
    amendment.number = c.number + u"-A1"_s;
    amendment.reason = u"Une intervention de plus le 30 mai"_s;
    amendment.structureId = userId;
    amendment.interventions = c.interventions;
    amendment.previous = c.interventions.mid(0, c.interventions.size() - 2);
    amendment.added = { uuid(19) };
    amendment.createdAt = paris(QDate(2026, 4, 22), QTime(9, 0));
    c.amendments = { amendment };
    c.createdAt = paris(QDate(2026, 4, 18), QTime(9, 0));
    return c;
}

QModelIndex cellOf(ui::HoursDoneModel *model, const QString &interventionId, int column)
{
    const int row = model->rowOfIntervention(interventionId);
    return row < 0 ? QModelIndex() : model->index(row, column);
}

// Types text into a cell of the grid with the keyboard, as a person does: select, type, Enter.
void typeInto(QTableView *table, const QModelIndex &index, const QString &text)
{
    QVERIFY(index.isValid());
    // The editor keeps its text only while its window is active (a focus-out commits it).
    QApplication::setActiveWindow(table->window());
    QVERIFY(QTest::qWaitForWindowActive(table->window()));
    table->setFocus();
    table->setCurrentIndex(index);
    QTest::keyClick(table, Qt::Key_F2);
    QLineEdit *editor = nullptr;
    QTRY_VERIFY((editor = table->viewport()->findChild<QLineEdit *>()) && editor->isVisible());
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Delete);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits and closes the editor from the event loop.
    const QPointer<QLineEdit> open(editor);
    QTRY_VERIFY(!open || !open->isVisible());
}

} // namespace

class TestContractsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hoursGrid_typedTimes_storeRoundedCorrectedRecordInOutbox();
    void hoursGrid_badTime_isKeptAndExplained();
    void importCsv_brokenLines_importsValidOnesAndListsProblemsByLine();
    void statement_exportedPdfAndCsv_haveAmountsAndSundayHolidayHours();
    void documents_eachKind_previewsAndExportsWithHashQueued();
    void hoursGrid_correctingKilometres_keepsStampedTimesAndCountsCorrection();
    void signature_dueFromMyStructure_isQueuedWithNameAndSignedCopyHash();
    void amendment_badRows_areNamedAndNothingIsQueued();
    void amendment_changedEndAndAddedIntervention_queuesAmendCommand();
    void cleanupTestCase();

private:
    // Opens the amendment dialog with a click on "Amend the interventions…".
    ui::AmendmentDialog *openAmendment()
    {
        m_view->showContract(m_contract.id);
        auto *amend = m_view->findChild<QPushButton *>(u"amendContractButton"_s);
        if (!amend || !amend->isEnabled())
            return nullptr;
        QTest::mouseClick(amend, Qt::LeftButton);
        auto *dialog = m_view->findChild<ui::AmendmentDialog *>();
        if (!dialog || !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        return dialog;
    }

    // The row of the dialog showing an intervention; -1 when none does.
    static int rowOf(ui::AmendmentDialog *dialog, const QString &interventionId)
    {
        for (int row = 0; row < dialog->table()->rowCount(); ++row) {
            if (dialog->table()->item(row, 0)->data(Qt::UserRole).toString() == interventionId)
                return row;
        }
        return -1;
    }

    // An intervention of the contract whose hours are not recorded (the earlier tests record
    // some), so that it can move.
    QString interventionWithoutHours(const QStringList &except = {}) const
    {
        for (const domain::Intervention &intervention : m_contract.interventions) {
            if (!except.contains(intervention.id)
                && m_store
                       .recordsWhere(domain::entity::interventionRecord, u"intervention_id"_s,
                                     intervention.id)
                       .isEmpty())
                return intervention.id;
        }
        return {};
    }

    QList<store::OutboxEntry> outboxOf(const QString &entity) const
    {
        QList<store::OutboxEntry> entries;
        for (const store::OutboxEntry &entry : m_store.outbox())
            if (entry.entity == entity)
                entries.append(entry);
        return entries;
    }

    QTemporaryDir m_dir;
    store::LocalStore m_store;
    std::unique_ptr<ui::Workspace> m_workspace;
    std::unique_ptr<ui::ContractsView> m_view;
    domain::Contract m_contract;
    ui::HoursDoneView *m_hours = nullptr;
    ui::HoursDoneModel *m_model = nullptr;
};

void TestContractsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_store.open(m_dir.filePath(u"cache.sqlite"_s)).ok());
    m_contract = mayLoan();
    const QList<store::LocalStore::Change> changes {
        { domain::entity::structure, lenderId, 1, false,
          structure(lenderId, u"ADMR du Pays de Guéret"_s) },
        { domain::entity::structure, userId, 1, false,
          structure(userId, u"Aide à Domicile Aubusson"_s) },
        { domain::entity::contract, m_contract.id, 3, false, m_contract.toJson() },
    };
    const auto applied = m_store.applyPage(changes, u"c1"_s, true);
    QVERIFY2(applied.ok(), qPrintable(applied ? QString() : applied.error().toString()));
    QVERIFY(m_store.record(domain::entity::contract, m_contract.id));

    m_workspace = std::make_unique<ui::Workspace>(&m_store, nullptr, nullptr);
    m_workspace->setAccount(u"coord.gueret"_s, lenderId);
    m_view = std::make_unique<ui::ContractsView>(m_workspace.get());
    m_view->resize(1440, 860);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->showContract(m_contract.id);
    QCOMPARE(m_view->currentContractId(), m_contract.id);
    m_hours = m_view->hoursView();
    m_model = m_hours->model();
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 this);
    QCOMPARE(m_model->rowCount(), int(m_contract.interventions.size()));
    QVERIFY(m_model->isEditable());
    // Both signatures are shown with name, role and date.
    const QString signatures = m_view->findChild<QLabel *>(u"contractSignatures"_s)->text();
    QVERIFY2(signatures.contains(u"Anne Dupont for the lender"_s), qPrintable(signatures));
    QVERIFY(signatures.contains(u"Claire Martin for the user structure"_s));
}

void TestContractsView::hoursGrid_typedTimes_storeRoundedCorrectedRecordInOutbox()
{
    m_view->showHours();
    auto *table = m_hours->table();
    QTRY_VERIFY(table->isVisible());
    // 1 May (public holiday), planned 09:00–10:00: the CPOM's own example, 09:02–09:58.
    const QString holiday = uuid(12);
    typeInto(table, cellOf(m_model, holiday, ui::HoursDoneModel::ArrivalColumn), u"9:02"_s);
    // Half typed: kept in the cell, nothing stored yet.
    QCOMPARE(cellOf(m_model, holiday, ui::HoursDoneModel::ArrivalColumn).data().toString(),
             u"9:02"_s);
    QVERIFY(m_store.recordsWhere(domain::entity::interventionRecord, u"intervention_id"_s, holiday)
                .isEmpty());
    typeInto(table, cellOf(m_model, holiday, ui::HoursDoneModel::DepartureColumn), u"09:58"_s);

    // Stored: raw times, the rounding of CPOM Creuse 2022 ANNEXE V ("09:02–09:58 is recorded
    // 09:00 + 55 min"), flagged as a hand entry.
    const auto stored
        = m_store.recordsWhere(domain::entity::interventionRecord, u"intervention_id"_s, holiday);
    QCOMPARE(stored.size(), 1);
    const auto record = domain::InterventionRecord::fromJson(stored.first().data);
    QVERIFY(record);
    QCOMPARE(record->arrival, paris(QDate(2026, 5, 1), QTime(9, 2)));
    QCOMPARE(record->departure, paris(QDate(2026, 5, 1), QTime(9, 58)));
    QCOMPARE(record->roundedStart, paris(QDate(2026, 5, 1), QTime(9, 0)));
    QCOMPARE(record->roundedMinutes, 55);
    QVERIFY(record->corrected);
    QCOMPARE(record->structureId, lenderId);
    // In the outbox, to be sent with the next sync.
    const auto pending = outboxOf(domain::entity::interventionRecord);
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().op, u"upsert"_s);
    QCOMPARE(pending.first().recordId, record->id);
    QCOMPARE(pending.first().data.value(u"rounded_minutes"_s).toInt(), 55);
    QCOMPARE(pending.first().data.value(u"corrected"_s).toBool(), true);

    // Shown: raw → rounded beside each other, the entry flagged, the rate counted.
    QCOMPARE(cellOf(m_model, holiday, ui::HoursDoneModel::RoundedColumn).data().toString(),
             u"09:02–09:58 → 09:00–09:55 (55 min)"_s);
    QCOMPARE(cellOf(m_model, holiday, ui::HoursDoneModel::EntryColumn).data().toString(),
             ui::HoursDoneModel::tr("Corrected by hand"));
    const QString rate = m_hours->findChild<QLabel *>(u"correctionRateLabel"_s)->text();
    QVERIFY2(rate.contains(u"corrected by hand: 1 of 1 (100.0 %)"_s), qPrintable(rate));

    // Kilometres typed afterwards change the stored record (still one record, same id).
    typeInto(table, cellOf(m_model, holiday, ui::HoursDoneModel::KilometresColumn), u"0"_s);
    typeInto(table, cellOf(m_model, holiday, ui::HoursDoneModel::KilometresColumn), u"2"_s);
    const auto corrected
        = m_store.recordsWhere(domain::entity::interventionRecord, u"intervention_id"_s, holiday);
    QCOMPARE(corrected.size(), 1);
    QCOMPARE(corrected.first().id, record->id);
    QCOMPARE(corrected.first().data.value(u"kilometres"_s).toInt(), 2);
    QCOMPARE(m_model->correctedCount(), 1);
    QCOMPARE(m_model->recordCount(), 1);
}

void TestContractsView::hoursGrid_badTime_isKeptAndExplained()
{
    auto *table = m_hours->table();
    const QString weekday = uuid(16); // 13 May, 14:00–16:00
    typeInto(table, cellOf(m_model, weekday, ui::HoursDoneModel::ArrivalColumn), u"14h7x"_s);
    // The typed value stays; the message names the field and the value; nothing is stored.
    QCOMPARE(cellOf(m_model, weekday, ui::HoursDoneModel::ArrivalColumn).data().toString(),
             u"14h7x"_s);
    QVERIFY(cellOf(m_model, weekday, 0).data(ui::HoursDoneModel::PendingRole).toBool());
    auto *error = m_hours->findChild<QLabel *>(u"hoursError"_s);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"Arrival"_s) && error->text().contains(u"14h7x"_s),
             qPrintable(error->text()));
    QVERIFY(m_store.recordsWhere(domain::entity::interventionRecord, u"intervention_id"_s, weekday)
                .isEmpty());
    // A valid arrival alone waits for the departure: kept, not stored.
    typeInto(table, cellOf(m_model, weekday, ui::HoursDoneModel::ArrivalColumn), u"14:04"_s);
    QVERIFY(m_store.recordsWhere(domain::entity::interventionRecord, u"intervention_id"_s, weekday)
                .isEmpty());
    saveScreenshot(m_view.get(), u"hours-grid-typing"_s);
    // The person clears the arrival back: nothing pending is left for that row.
    typeInto(table, cellOf(m_model, weekday, ui::HoursDoneModel::ArrivalColumn), QString());
    QVERIFY(!cellOf(m_model, weekday, 0).data(ui::HoursDoneModel::PendingRole).toBool());
    QTRY_VERIFY(!error->isVisible());
}

void TestContractsView::importCsv_brokenLines_importsValidOnesAndListsProblemsByLine()
{
    const QString csv = m_dir.filePath(u"telegestion-mai.csv"_s);
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("contrat;intervention;date;arrivee;depart;date_depart;km\r\n"
                   "REL-2026-000321;;03/05/2026;18:01:27;19:03;;5\r\n" // Sunday 3 May
                   "REL-2026-000321;;04/05/2026;08:58;10:31;;12\r\n" // Monday 4 May
                   "REL-2026-000321;;08/05/2026;09:04;10:02;;3\r\n" // Friday 8 May, holiday
                   "REL-2026-000321;;13/05/2026;14:0x;16:06;;6\r\n" // broken time
                   "REL-2099-000001;;14/05/2026;08:00;09:00;;0\r\n"); // not a contract of ours
    }
    ui::FileDialog::setNextFileName(csv);
    QTest::mouseClick(m_hours->findChild<QPushButton *>(u"importTimestampsButton"_s),
                      Qt::LeftButton);
    ui::TimestampImportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_hours->findChild<ui::TimestampImportDialog *>())
                && dialog->isVisible());
    const QString summary = dialog->findChild<QLabel *>(u"importSummary"_s)->text();
    using Dialog = ui::TimestampImportDialog;
    QVERIFY2(summary.contains(
                 Dialog::tr("%n line(s) read from %1", nullptr, 5).arg(u"telegestion-mai.csv"_s))
                 && summary.contains(Dialog::tr("%n ready to import", nullptr, 3))
                 && summary.contains(Dialog::tr("%n with problems", nullptr, 2)),
             qPrintable(summary));
    auto *problems = dialog->findChild<QTableWidget *>(u"importProblemTable"_s);
    QCOMPARE(problems->rowCount(), 2);
    QCOMPARE(problems->item(0, 0)->text(), u"5"_s);
    QCOMPARE(problems->item(0, 1)->text(), u"arrivee"_s);
    QVERIFY(problems->item(0, 3)->text().contains(u"14:0x"_s)); // the line as read
    QCOMPARE(problems->item(1, 0)->text(), u"6"_s);
    QVERIFY(problems->item(1, 2)->text().contains(u"REL-2099-000001"_s));
    auto *ready = dialog->findChild<QTableWidget *>(u"importReadyTable"_s);
    QCOMPARE(ready->rowCount(), 3);
    QCOMPARE(ready->item(1, 3)->text(), u"08:58–10:31 → 09:00–10:35 (95 min)"_s);
    saveScreenshot(dialog, u"hours-import"_s);

    const int before = int(outboxOf(domain::entity::interventionRecord).size());
    auto *import = dialog->findChild<QPushButton *>(u"importValidLinesButton"_s);
    QCOMPARE(import->text(), ui::TimestampImportDialog::tr("Import %n line(s)", nullptr, 3));
    QTest::mouseClick(import, Qt::LeftButton);
    // The three valid lines are stored, time-stamped (not corrected), and queued.
    QCOMPARE(int(outboxOf(domain::entity::interventionRecord).size()), before + 3);
    for (int n : { 13, 14, 15 }) {
        const auto stored = m_store.recordsWhere(domain::entity::interventionRecord,
                                                 u"intervention_id"_s, uuid(n));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().data.value(u"corrected"_s).toBool(), false);
    }
    QVERIFY(!import->isEnabled()); // imported once, not twice
    // The rejected lines are saved with the header, to fix and import again: nothing is lost.
    const QString rejected = m_dir.filePath(u"rejected.csv"_s);
    ui::FileDialog::setNextFileName(rejected);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveRejectedLinesButton"_s),
                      Qt::LeftButton);
    QFile saved(rejected);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(),
             QByteArray("contrat;intervention;date;arrivee;depart;date_depart;km\r\n"
                        "REL-2026-000321;;13/05/2026;14:0x;16:06;;6\r\n"
                        "REL-2099-000001;;14/05/2026;08:00;09:00;;0\r\n"));
    dialog->close();

    // The grid shows them; one hand entry among four records: 25 %.
    QCOMPARE(cellOf(m_model, uuid(14), ui::HoursDoneModel::EntryColumn).data().toString(),
             ui::HoursDoneModel::tr("Time-stamped"));
    QTRY_VERIFY(m_hours->findChild<QLabel *>(u"correctionRateLabel"_s)
                    ->text()
                    .contains(u"corrected by hand: 1 of 4 (25.0 %)"_s));
    saveScreenshot(m_view.get(), u"hours-grid"_s);
}

void TestContractsView::statement_exportedPdfAndCsv_haveAmountsAndSundayHolidayHours()
{
    auto *month = m_hours->findChild<QComboBox *>(u"statementMonthCombo"_s);
    // The latest month with hours recorded is offered first.
    QCOMPARE(month->currentData().toDate(), QDate(2026, 5, 1));
    QCOMPARE(month->count(), 3); // April, May and June 2026 have interventions
    // Records of May (Paris time): 1 May 09:00 + 55 min (holiday, 2 km, by hand), 3 May 18:00 +
    // 60 (Sunday, 5 km), 4 May 09:00 + 95 (weekday, 12 km), 8 May 09:05 + 60 (holiday, 3 km).
    // Weekday 95 min × 22.22 €/h = 35.1817 → 35,18 €; Sunday/holiday 175 min → 64.8083 →
    // 64,81 €; 22 km × 0.38 € = 8,36 €; total 108,35 €.
    const QString pdf = m_dir.filePath(u"releve-mai.pdf"_s);
    ui::FileDialog::setNextFileName(pdf);
    QTest::mouseClick(m_hours->findChild<QPushButton *>(u"statementPdfButton"_s), Qt::LeftButton);
    QVERIFY(QFile::exists(pdf));
    const QString text = contracts::testing::flat(contracts::testing::pdfText(pdf));
    QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
    for (const QString &expected :
         { u"REL-2026-000321"_s, u"35,18"_s, u"64,81"_s, u"8,36"_s, u"108,35"_s, u"1 h 35"_s,
           u"2 h 55"_s, u"jour férié"_s, u"dimanche"_s, u"09:02"_s, u"09:55"_s })
        QVERIFY2(text.contains(expected), qPrintable(expected + u" not in: "_s + text));
    // The statement's hash is queued for the contract.
    bool queued = false;
    for (const store::OutboxEntry &entry : outboxOf(domain::entity::contract))
        queued = queued
            || (entry.data.value(u"kind"_s).toString() == u"statement"_s
                && entry.data.value(u"sha256"_s).toString() == sha256Of(pdf));
    QVERIFY(queued);

    const QString csv = m_dir.filePath(u"releve-mai.csv"_s);
    ui::FileDialog::setNextFileName(csv);
    QTest::mouseClick(m_hours->findChild<QPushButton *>(u"statementCsvButton"_s), Qt::LeftButton);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(file.readAll());
    QVERIFY2(content.contains(u"Heures en semaine;1:35;22,22;35,18"_s), qPrintable(content));
    QVERIFY2(content.contains(u"Heures dimanches et jours fériés;2:55;22,22;64,81"_s),
             qPrintable(content));
    QVERIFY2(content.contains(u"Total;4:30;;108,35"_s), qPrintable(content));

    QTest::mouseClick(m_hours->findChild<QPushButton *>(u"printStatementButton"_s), Qt::LeftButton);
    QPrintPreviewDialog *preview = nullptr;
    QTRY_VERIFY((preview = m_hours->findChild<QPrintPreviewDialog *>(u"statementPrintPreview"_s))
                && preview->isVisible());
    QTest::qWait(200);
    saveScreenshot(preview, u"statement-print-preview"_s);
    preview->close();
}

void TestContractsView::documents_eachKind_previewsAndExportsWithHashQueued()
{
    m_view->showDocument();
    auto *kinds = m_view->findChild<QComboBox *>(u"documentKindCombo"_s);
    // A loan of staff with an amendment: convention, employee's avenant, amendment A1.
    QCOMPARE(kinds->count(), 3);
    QVERIFY(kinds->itemText(2).contains(u"REL-2026-000321-A1"_s));
    const QStringList codes { u"convention"_s, u"avenant"_s, u"amendment"_s };
    for (int i = 0; i < kinds->count(); ++i) {
        m_view->setDocumentIndex(i);
        QTest::mouseClick(m_view->findChild<QPushButton *>(u"printContractButton"_s),
                          Qt::LeftButton);
        QPrintPreviewDialog *preview = nullptr;
        QTRY_VERIFY((preview = m_view->findChild<QPrintPreviewDialog *>(u"contractPrintPreview"_s))
                    && preview->isVisible());
        if (i == 0) {
            QTest::qWait(300);
            saveScreenshot(preview, u"contract-print-preview"_s);
        }
        preview->close();
        QTRY_VERIFY(!m_view->findChild<QPrintPreviewDialog *>(u"contractPrintPreview"_s));

        const QString pdf = m_dir.filePath(u"document-%1.pdf"_s.arg(codes.at(i)));
        ui::FileDialog::setNextFileName(pdf);
        QTest::mouseClick(m_view->findChild<QPushButton *>(u"exportPdfButton"_s), Qt::LeftButton);
        QVERIFY(QFile::exists(pdf));
        const QString hash = sha256Of(pdf);
        QVERIFY(m_view->findChild<QLabel *>(u"contractExportInfo"_s)->text().contains(hash));
        // The hash waits in the outbox as a record_document command of that kind.
        bool queued = false;
        for (const store::OutboxEntry &entry : outboxOf(domain::entity::contract)) {
            queued = queued
                || (entry.op == u"command"_s
                    && entry.data.value(u"command"_s).toString() == u"record_document"_s
                    && entry.data.value(u"kind"_s).toString() == codes.at(i)
                    && entry.data.value(u"sha256"_s).toString() == hash
                    && entry.data.value(u"text_version"_s).toInt() == 1);
        }
        QVERIFY2(queued, qPrintable(codes.at(i)));
        QVERIFY(m_view->findChild<QLabel *>(u"documentHashes"_s)->text().contains(hash));
        const QString text = contracts::testing::flat(contracts::testing::pdfText(pdf));
        QVERIFY(text.contains(u"REL-2026-000321"_s));
        if (codes.at(i) == u"amendment"_s) {
            QVERIFY2(text.contains(u"Avenant n° REL-2026-000321-A1"_s), qPrintable(text));
            QVERIFY(text.contains(u"Une intervention de plus le 30 mai"_s));
        }
        if (codes.at(i) == u"avenant"_s)
            QVERIFY(text.contains(u"Personne malentendante : se placer face à elle."_s));
    }
    m_view->setDocumentIndex(0);
    saveScreenshot(m_view.get(), u"contract-documents"_s);
}

void TestContractsView::hoursGrid_correctingKilometres_keepsStampedTimesAndCountsCorrection()
{
    m_view->showHours();
    const QString sunday = uuid(13); // imported: 18:01:27–19:03, 5 km
    typeInto(m_hours->table(), cellOf(m_model, sunday, ui::HoursDoneModel::KilometresColumn),
             u"6"_s);
    const auto stored
        = m_store.recordsWhere(domain::entity::interventionRecord, u"intervention_id"_s, sunday);
    QCOMPARE(stored.size(), 1);
    const auto record = domain::InterventionRecord::fromJson(stored.first().data);
    QVERIFY(record);
    // The stamped instants are kept to the second; only the kilometres changed, by hand.
    QCOMPARE(record->arrival, paris(QDate(2026, 5, 3), QTime(18, 1, 27)));
    QCOMPARE(record->departure, paris(QDate(2026, 5, 3), QTime(19, 3)));
    QCOMPARE(record->kilometres, 6);
    QVERIFY(record->corrected);
    QCOMPARE(m_model->correctedCount(), 2);
    QTRY_VERIFY(m_hours->findChild<QLabel *>(u"correctionRateLabel"_s)
                    ->text()
                    .contains(u"corrected by hand: 2 of 4 (50.0 %)"_s));
}

void TestContractsView::signature_dueFromMyStructure_isQueuedWithNameAndSignedCopyHash()
{
    m_view->showDocument();
    // Both structures signed; the lender records the employee's signature of the avenant.
    m_view->setDocumentIndex(1);
    auto *sign = m_view->findChild<QPushButton *>(u"recordSignatureButton"_s);
    QVERIFY(sign->isVisible() && sign->isEnabled());
    QCOMPARE(sign->text(), ui::ContractsView::tr("Record the employee's signature"));
    const int before = int(outboxOf(domain::entity::contract).size());
    // Without a name: refused, the field named, nothing queued.
    QTest::mouseClick(sign, Qt::LeftButton);
    auto *error = m_view->findChild<QLabel *>(u"contractError"_s);
    QTRY_VERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"Signatory"_s));
    QCOMPARE(int(outboxOf(domain::entity::contract).size()), before);

    auto *name = m_view->findChild<QLineEdit *>(u"signatoryEdit"_s);
    // QTest types ASCII only: the accent as an input method would give it.
    QTest::keyClicks(name, u"Martine Lef"_s);
    name->insert(u"è"_s);
    QTest::keyClicks(name, u"vre"_s);
    QTest::mouseClick(sign, Qt::LeftButton);
    const auto entries = outboxOf(domain::entity::contract);
    QCOMPARE(int(entries.size()), before + 1);
    const store::OutboxEntry entry = entries.last();
    QCOMPARE(entry.op, u"command"_s);
    QCOMPARE(entry.data.value(u"command"_s).toString(), u"sign"_s);
    QCOMPARE(entry.data.value(u"role"_s).toString(), u"employee"_s);
    QCOMPARE(entry.data.value(u"name"_s).toString(), u"Martine Lefèvre"_s);
    // The copy signed is the avenant exported last.
    QCOMPARE(entry.data.value(u"document_hash"_s).toString(),
             sha256Of(m_dir.filePath(u"document-avenant.pdf"_s)));
    // Until the server answers: awaiting confirmation, not signed, not twice.
    QVERIFY(m_view->findChild<QLabel *>(u"signatureInfo"_s)
                ->text()
                .contains(u"awaiting confirmation"_s));
    QVERIFY(!sign->isEnabled());
    QCOMPARE(
        m_store.record(domain::entity::contract, m_contract.id)->data.value(u"status"_s).toString(),
        u"signed_user"_s);
    // On the convention, too, nothing more is due from this structure but that signature.
    m_view->setDocumentIndex(2); // the amendment: signed by nobody yet, the lender signs first
    QCOMPARE(sign->text(), ui::ContractsView::tr("Record the lender's signature"));
}

void TestContractsView::amendment_badRows_areNamedAndNothingIsQueued()
{
    const int before = int(outboxOf(domain::entity::contract).size());
    ui::AmendmentDialog *dialog = openAmendment();
    QVERIFY(dialog);
    QTableWidget *table = dialog->table();
    QCOMPARE(table->rowCount(), int(m_contract.interventions.size()));
    auto *ok = dialog->findChild<QPushButton *>(u"amendmentOkButton"_s);
    auto *error = dialog->findChild<QLabel *>(u"amendmentError"_s);

    // Nothing changed and no reason: both said, the dialog stays open.
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"Nothing changed"_s), qPrintable(error->text()));
    QVERIFY(error->text().contains(u"Reason:"_s));
    QVERIFY(dialog->isVisible());

    // An end before the start: the intervention is named by its number and date.
    const QString movable = interventionWithoutHours();
    QVERIFY(!movable.isEmpty());
    const int row = rowOf(dialog, movable);
    QVERIFY(row >= 0);
    const QString date = table->item(row, ui::AmendmentDialog::DateColumn)->text();
    typeInto(table, table->model()->index(row, ui::AmendmentDialog::EndColumn), u"07:00"_s);
    QVERIFY(table->item(row, ui::AmendmentDialog::ChangeColumn)->text().startsWith(u"Changed"_s));
    // A duplicate: a new intervention at the same time as another.
    const int other = rowOf(dialog, interventionWithoutHours({ movable }));
    QVERIFY(other >= 0);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"addInterventionButton"_s), Qt::LeftButton);
    const int added = table->rowCount() - 1;
    for (int column : { int(ui::AmendmentDialog::DateColumn), int(ui::AmendmentDialog::StartColumn),
                        int(ui::AmendmentDialog::EndColumn) })
        typeInto(table, table->model()->index(added, column), table->item(other, column)->text());
    QTest::mouseClick(dialog->reasonEdit(), Qt::LeftButton);
    QTest::keyClicks(dialog->reasonEdit(), u"Changement d'horaire"_s);
    QTest::mouseClick(ok, Qt::LeftButton);
    const QString text = error->text();
    QVERIFY2(
        text.contains(
            u"Intervention %1 (%2): the end 07:00 is not after the start"_s.arg(row + 1).arg(date)),
        qPrintable(text));
    QVERIFY2(text.contains(u"Intervention %1 ("_s.arg(added + 1))
                 && text.contains(u"is the same as intervention %1."_s.arg(other + 1)),
             qPrintable(text));
    QVERIFY(!text.contains(u"Reason:"_s));
    // What was typed stays; the faulty cell is the current one.
    QCOMPARE(table->item(row, ui::AmendmentDialog::EndColumn)->text(), u"07:00"_s);
    QCOMPARE(table->currentRow(), row);
    QCOMPARE(dialog->reasonEdit()->text(), u"Changement d'horaire"_s);

    // An intervention whose hours are recorded cannot be removed.
    QString recorded;
    for (const domain::Intervention &intervention : m_contract.interventions) {
        if (!m_store
                 .recordsWhere(domain::entity::interventionRecord, u"intervention_id"_s,
                               intervention.id)
                 .isEmpty())
            recorded = intervention.id;
    }
    QVERIFY(!recorded.isEmpty());
    const int recordedRow = rowOf(dialog, recorded);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(recordedRow, 3)).center());
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"removeInterventionButton"_s),
                      Qt::LeftButton);
    QCOMPARE(rowOf(dialog, recorded), -1);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY2(error->text().contains(u"cannot be removed: hours are already recorded"_s),
             qPrintable(error->text()));

    // Nothing was queued; Cancel leaves the contract as it was.
    QCOMPARE(int(outboxOf(domain::entity::contract).size()), before);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_view->findChild<ui::AmendmentDialog *>());
    QCOMPARE(int(outboxOf(domain::entity::contract).size()), before);
}

void TestContractsView::amendment_changedEndAndAddedIntervention_queuesAmendCommand()
{
    const int before = int(outboxOf(domain::entity::contract).size());
    ui::AmendmentDialog *dialog = openAmendment();
    QVERIFY(dialog);
    QTableWidget *table = dialog->table();
    const QTimeZone paris(QByteArrayLiteral("Europe/Paris"));

    // One intervention ends an hour later.
    const QString movable = interventionWithoutHours();
    const auto original
        = std::find_if(m_contract.interventions.cbegin(), m_contract.interventions.cend(),
                       [&movable](const domain::Intervention &i) { return i.id == movable; });
    const QDateTime newEnd = original->end.addSecs(3600);
    const int row = rowOf(dialog, movable);
    typeInto(table, table->model()->index(row, ui::AmendmentDialog::EndColumn),
             newEnd.toTimeZone(paris).time().toString(u"HH:mm"_s));
    // One more, on 31 May 2026, 14:00–16:00.
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"addInterventionButton"_s), Qt::LeftButton);
    const int added = table->rowCount() - 1;
    QCOMPARE(table->item(added, ui::AmendmentDialog::ChangeColumn)->text(), u"New"_s);
    typeInto(table, table->model()->index(added, ui::AmendmentDialog::DateColumn), u"31/05/2026"_s);
    typeInto(table, table->model()->index(added, ui::AmendmentDialog::StartColumn), u"14:00"_s);
    typeInto(table, table->model()->index(added, ui::AmendmentDialog::EndColumn), u"16h00"_s);
    QTest::mouseClick(dialog->reasonEdit(), Qt::LeftButton);
    QTest::keyClicks(dialog->reasonEdit(), u"Retour d'hospitalisation : une visite de plus"_s);
    saveScreenshot(dialog, u"contracts-amendment-dialog"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"amendmentOkButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_view->findChild<ui::AmendmentDialog *>());

    // Queued: the complete new list, the moved one under its id, the new one with a new id.
    const auto entries = outboxOf(domain::entity::contract);
    QCOMPARE(int(entries.size()), before + 1);
    const store::OutboxEntry entry = entries.last();
    QCOMPARE(entry.op, u"command"_s);
    QCOMPARE(entry.recordId, m_contract.id);
    QCOMPARE(entry.data.value(u"command"_s).toString(), u"amend"_s);
    QCOMPARE(entry.data.value(u"reason"_s).toString(),
             u"Retour d'hospitalisation : une visite de plus"_s);
    const QJsonArray list = entry.data.value(u"interventions"_s).toArray();
    QCOMPARE(int(list.size()), int(m_contract.interventions.size()) + 1);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &item : list)
        byId.insert(item[u"id"_s].toString(), item.toObject());
    for (const domain::Intervention &intervention : m_contract.interventions) {
        QVERIFY(byId.contains(intervention.id));
        const QJsonObject sent = byId.take(intervention.id);
        QCOMPARE(domain::instantFromJson(sent.value(u"start"_s).toString()), intervention.start);
        QCOMPARE(domain::instantFromJson(sent.value(u"end"_s).toString()),
                 intervention.id == movable ? newEnd : intervention.end);
    }
    QCOMPARE(byId.size(), 1); // the new one
    const QJsonObject fresh = byId.begin().value();
    QVERIFY(!QUuid::fromString(fresh.value(u"id"_s).toString()).isNull());
    QCOMPARE(fresh.value(u"start"_s).toString(), u"2026-05-31T12:00:00Z"_s);
    QCOMPARE(fresh.value(u"end"_s).toString(), u"2026-05-31T14:00:00Z"_s);

    // The contract is unchanged until the server answers; the page says it is awaiting
    // confirmation, with the before and after; no second amendment meanwhile.
    QCOMPARE(m_store.record(domain::entity::contract, m_contract.id)
                 ->data.value(u"interventions"_s)
                 .toArray()
                 .size(),
             m_contract.interventions.size());
    const QString shown = m_view->findChild<QLabel *>(u"contractAmendments"_s)->text();
    QVERIFY2(shown.contains(u"Amendment REL-2026-000321-A1"_s), qPrintable(shown));
    QVERIFY(shown.contains(u"Amendment awaiting confirmation"_s));
    QVERIFY(shown.contains(u"Retour d'hospitalisation"_s));
    QVERIFY(shown.contains(u"Added: 31/05/2026 14:00–16:00"_s));
    QVERIFY(shown.contains(u"Changed: "_s));
    QVERIFY(!m_view->findChild<QPushButton *>(u"amendContractButton"_s)->isEnabled());
    saveScreenshot(m_view.get(), u"contracts-amendment-awaiting"_s);

    // The server refuses it: the reason in words, and the contract can be amended again.
    m_store.markRejected(entry.seq,
                         domain::Error { u"hours_recorded"_s, u"data.interventions"_s,
                                         u"hours are recorded for the intervention"_s });
    QTRY_VERIFY(m_view->findChild<QLabel *>(u"contractAmendments"_s)
                    ->text()
                    .contains(u"The server refused the amendment “Retour d'hospitalisation : une "
                              u"visite de plus”: hours are already recorded"_s));
    QVERIFY(m_view->findChild<QPushButton *>(u"amendContractButton"_s)->isEnabled());
}

void TestContractsView::cleanupTestCase()
{
    m_view.reset();
    m_workspace.reset();
    m_store.close();
}

QTEST_MAIN(TestContractsView)
#include "tst_contractsview.moc"
