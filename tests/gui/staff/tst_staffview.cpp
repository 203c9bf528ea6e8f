// GUI tests of the staff directory (issue 6) against the real releve-server: the form keeps
// everything typed and names the field when a save is refused; a worker is created and edited
// with the keyboard; "Confirm this week as is" stores the confirmation, which reaches the
// server; several workers are confirmed at once. Checks are on the LocalStore and on what the
// server stored. Screenshots: docs/screenshots/staff.png, staff-form-error.png.
#include "tests/gui/requests/democlient.h"

#include "ui/common/language.h"
#include "ui/common/messagebox.h"
#include "ui/staff/staffform.h"
#include "ui/staff/stafflistmodel.h"
#include "ui/staff/staffview.h"

#include "core/domain/jsonreader.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace releve;

class TestStaffView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void list_showsOwnStaffWithConfirmation();
    void badPhone_namesFieldAndKeepsEverythingTyped();
    void newWorker_typedWithKeyboard_isStoredAndReachesServer();
    void confirmThisWeek_storesConfirmationOnServer();
    void confirmSelection_confirmsEveryWorker();
    void everyControl_hasAnAccessibleName();
    void darkPalette_errorsStayReadable();
    void cleanupTestCase();

private:
    ui::StaffView *view() const { return m_desk.window->staffView(); }
    ui::StaffForm *form() const { return view()->form(); }
    template<typename T> T *child(const QString &name) const
    {
        T *found = m_desk.window->findChild<T *>(name);
        if (!found)
            qWarning() << "missing" << name;
        return found;
    }
    int rowOf(const QString &staffId) const;
    void selectRow(int row, Qt::KeyboardModifiers modifiers = {});

    QTemporaryDir m_dir;
    app::DemoServer m_server;
    testing::DemoWindow m_desk;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestStaffView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ReleveTests"_s);
    QCoreApplication::setApplicationName(u"tst_staffview"_s);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    // In French, as the coordinators use it (and as the screenshots show it).
    QVERIFY(ui::installTranslations(qApp, u"fr"_s));
    m_server.setServerExecutable(QStringLiteral(RELEVE_SERVER_EXE));
    QSignalSpy ready(&m_server, &app::DemoServer::ready);
    QSignalSpy failed(&m_server, &app::DemoServer::failed);
    m_server.start();
    QVERIFY(QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 90000));
    QVERIFY2(failed.isEmpty(),
             qPrintable(failed.isEmpty() ? QString() : failed.first().at(0).toString()));
    const auto account = testing::demoAccount(m_server, u"coord.bourganeuf"_s);
    QVERIFY(account);
    QVERIFY(m_desk.open(m_dir.filePath(u"bourganeuf.sqlite"_s), m_server.url(), *account));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_desk.window->showPage(ui::MainWindow::Page::Staff);
    QCOMPARE(m_desk.window->currentPage(), ui::MainWindow::Page::Staff);
}

int TestStaffView::rowOf(const QString &staffId) const
{
    QAbstractItemModel *model = view()->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ui::StaffListModel::StaffIdRole).toString() == staffId)
            return row;
    }
    return -1;
}

void TestStaffView::selectRow(int row, Qt::KeyboardModifiers modifiers)
{
    QTableView *table = view()->table();
    const QModelIndex index = table->model()->index(row, 0);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers,
                      table->visualRect(index).center());
}

void TestStaffView::list_showsOwnStaffWithConfirmation()
{
    ui::StaffListModel *model = view()->model();
    QTRY_VERIFY(model->rowCount() > 0);
    // Only the agency's own staff, each with a name (other agencies' are pseudonyms only).
    int own = 0;
    for (const store::CachedRecord &record : m_desk.client.store.records(domain::entity::staff))
        own += record.structureId == m_desk.client.account.structureId ? 1 : 0;
    QCOMPARE(model->rowCount(), own);
    for (int row = 0; row < model->rowCount(); ++row) {
        QVERIFY(!model->staffAt(row).value(u"last_name"_s).toString().isEmpty());
        QVERIFY(
            !model->index(row, ui::StaffListModel::ConfirmedColumn).data().toString().isEmpty());
    }
    // Selecting a worker fills the form.
    selectRow(0);
    const QString id
        = view()->table()->model()->index(0, 0).data(ui::StaffListModel::StaffIdRole).toString();
    QCOMPARE(form()->staffId(), id);
    const auto record = m_desk.client.store.record(domain::entity::staff, id);
    QCOMPARE(child<QLineEdit>(u"staffLastNameEdit"_s)->text(),
             record->data.value(u"last_name"_s).toString());
}

void TestStaffView::badPhone_namesFieldAndKeepsEverythingTyped()
{
    selectRow(1);
    const QString id = form()->staffId();
    const QJsonObject before = m_desk.client.store.record(domain::entity::staff, id)->data;

    // The person changes several fields, one of them wrong.
    auto *phone = child<QLineEdit>(u"staffPhoneEdit"_s);
    phone->setFocus();
    phone->selectAll();
    testing::typeText(phone, u"appeler le bureau"_s);
    auto *travel = child<QSpinBox>(u"staffMaxTravelSpin"_s);
    travel->setFocus();
    travel->selectAll();
    testing::typeText(travel, u"35"_s);
    auto *skills = child<QListWidget>(u"staffSkillsList"_s);
    QListWidgetItem *transfers = nullptr;
    for (int i = 0; i < skills->count(); ++i) {
        if (skills->item(i)->data(Qt::UserRole).toString() == u"transfers"_s)
            transfers = skills->item(i);
    }
    QVERIFY(transfers);
    const Qt::CheckState wasChecked = transfers->checkState();
    transfers->setCheckState(wasChecked == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    QVERIFY(form()->isModified());
    QTest::mouseClick(child<QPushButton>(u"staffSaveButton"_s), Qt::LeftButton);

    // Refused: said under the phone field and in the form's summary, naming the field.
    auto *phoneError = child<QLabel>(u"staffPhoneError"_s);
    QVERIFY(phoneError->isVisible());
    QVERIFY(!phoneError->text().isEmpty());
    auto *summary = child<QLabel>(u"staffFormError"_s);
    QVERIFY(summary->isVisible());
    QVERIFY2(summary->text().contains(form()->fieldLabel(u"phone"_s)), qPrintable(summary->text()));
    QVERIFY(!form()->fieldLabel(u"phone"_s).isEmpty());
    QVERIFY(phone->hasFocus()); // the cursor goes where the problem is
    // Nothing typed is lost, nothing was stored.
    QCOMPARE(phone->text(), u"appeler le bureau"_s);
    QCOMPARE(travel->value(), 35);
    QCOMPARE(transfers->checkState(), wasChecked == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    QCOMPARE(m_desk.client.store.record(domain::entity::staff, id)->data, before);
    testing::saveScreenshot(m_desk.window.get(), u"staff-form-error"_s);

    // A list reload (a sync) does not take the typing away either.
    QVERIFY(m_desk.client.sync());
    QCOMPARE(phone->text(), u"appeler le bureau"_s);

    // Corrected: saved, the error goes.
    phone->setFocus();
    phone->selectAll();
    testing::typeText(phone, u"05 55 64 00 01"_s);
    QTest::keySequence(form(), QKeySequence::Save);
    QTRY_VERIFY(!phoneError->isVisible());
    const auto saved = m_desk.client.store.record(domain::entity::staff, id);
    QCOMPARE(saved->data.value(u"phone"_s).toString(), u"05 55 64 00 01"_s);
    QCOMPARE(saved->data.value(u"max_travel_km"_s).toInt(), 35);
    QCOMPARE(saved->data.value(u"skills"_s).toArray().contains(u"transfers"_s),
             wasChecked != Qt::Checked);
    QCOMPARE(saved->syncState, u"pending"_s);
    QVERIFY(!form()->isModified());
}

void TestStaffView::newWorker_typedWithKeyboard_isStoredAndReachesServer()
{
    const int before = view()->model()->rowCount();
    QTest::mouseClick(child<QPushButton>(u"newStaffButton"_s), Qt::LeftButton);
    QVERIFY(form()->isNew());
    auto *first = child<QLineEdit>(u"staffFirstNameEdit"_s);
    QTRY_VERIFY(first->hasFocus());
    // Without a last name: refused, with the field named.
    testing::typeText(first, u"Maëlys"_s);
    QTest::mouseClick(child<QPushButton>(u"staffSaveButton"_s), Qt::LeftButton);
    QVERIFY(child<QLabel>(u"staffLastNameError"_s)->isVisible());
    QVERIFY(
        child<QLabel>(u"staffFormError"_s)->text().contains(form()->fieldLabel(u"last_name"_s)));
    QCOMPARE(first->text(), u"Maëlys"_s);
    QCOMPARE(view()->model()->rowCount(), before);

    // Tab from the first name to the last name, then through the form.
    first->setFocus();
    QTest::keyClick(first, Qt::Key_Tab);
    auto *last = child<QLineEdit>(u"staffLastNameEdit"_s);
    QVERIFY(last->hasFocus());
    testing::typeText(last, u"Beaudonnet"_s);
    QTest::keyClick(last, Qt::Key_Tab);
    QVERIFY(child<QLineEdit>(u"staffPhoneEdit"_s)->hasFocus());
    testing::typeText(child<QLineEdit>(u"staffPhoneEdit"_s), u"06 70 11 22 33"_s);
    auto *qualification = child<QComboBox>(u"staffQualificationCombo"_s);
    qualification->setFocus();
    qualification->setCurrentIndex(qualification->findData(u"deaes"_s));
    auto *consent = child<QCheckBox>(u"staffConsentCheck"_s);
    consent->setFocus();
    QTest::keyClick(consent, Qt::Key_Space);
    QVERIFY(consent->isChecked());
    QTest::keySequence(form(), QKeySequence::Save);
    QTRY_COMPARE(view()->model()->rowCount(), before + 1);
    const QString id = form()->staffId();
    QVERIFY(!form()->isNew());
    const auto stored = m_desk.client.store.record(domain::entity::staff, id);
    QVERIFY(stored);
    QCOMPARE(stored->data.value(u"last_name"_s).toString(), u"Beaudonnet"_s);
    QCOMPARE(stored->data.value(u"qualification"_s).toString(), u"deaes"_s);
    QVERIFY(stored->data.value(u"consent_sharing"_s).toBool());

    // Sent, and on the server as typed.
    QVERIFY(m_desk.client.sync());
    const auto onServer
        = testing::serverRecord(m_server.url(), m_desk.client.account, domain::entity::staff, id);
    QVERIFY(onServer);
    QCOMPARE(onServer->data.value(u"first_name"_s).toString(), u"Maëlys"_s);
    QCOMPARE(onServer->data.value(u"phone"_s).toString(), u"06 70 11 22 33"_s);
    QCOMPARE(onServer->data.value(u"qualification"_s).toString(), u"deaes"_s);
}

void TestStaffView::confirmThisWeek_storesConfirmationOnServer()
{
    // The worker whose confirmation is the oldest.
    ui::StaffListModel *model = view()->model();
    QString id;
    QDateTime oldest;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QDateTime at = domain::instantFromJson(
            model->staffAt(row).value(u"availability_confirmed_at"_s).toString());
        if (id.isEmpty() || !at.isValid() || (oldest.isValid() && at < oldest)) {
            id = model->staffIdAt(row);
            oldest = at;
            if (!at.isValid())
                break;
        }
    }
    QVERIFY(!id.isEmpty());
    view()->showStaff(id);
    QCOMPARE(form()->staffId(), id);
    auto *label = child<QLabel>(u"staffConfirmedLabel"_s);
    QVERIFY(!label->text().contains(ui::StaffListModel::tr("Confirmed today")));

    const QDateTime clicked = QDateTime::currentDateTimeUtc();
    QTest::mouseClick(child<QPushButton>(u"staffConfirmWeekButton"_s), Qt::LeftButton);
    const auto stored = m_desk.client.store.record(domain::entity::staff, id);
    const QDateTime confirmed
        = domain::instantFromJson(stored->data.value(u"availability_confirmed_at"_s).toString());
    QVERIFY(confirmed.isValid());
    QVERIFY(qAbs(confirmed.secsTo(clicked)) < 60);
    QCOMPARE(stored->syncState, u"pending"_s);
    QVERIFY(label->text().contains(ui::StaffListModel::tr("Confirmed today")));
    const int row = rowOf(id);
    QVERIFY(row >= 0);
    QVERIFY(!view()->table()->model()->index(row, 0).data(ui::StaffListModel::StaleRole).toBool());

    QVERIFY(m_desk.client.sync());
    const auto onServer
        = testing::serverRecord(m_server.url(), m_desk.client.account, domain::entity::staff, id);
    QVERIFY(onServer);
    QCOMPARE(
        domain::instantFromJson(onServer->data.value(u"availability_confirmed_at"_s).toString()),
        confirmed);
    testing::saveScreenshot(m_desk.window.get(), u"staff"_s);
}

void TestStaffView::confirmSelection_confirmsEveryWorker()
{
    view()->table()->clearSelection();
    selectRow(2);
    selectRow(3, Qt::ControlModifier);
    selectRow(4, Qt::ControlModifier);
    QStringList ids;
    for (const QModelIndex &index : view()->table()->selectionModel()->selectedRows())
        ids.append(index.data(ui::StaffListModel::StaffIdRole).toString());
    QCOMPARE(ids.size(), 3);
    auto *confirm = child<QPushButton>(u"confirmSelectedStaffButton"_s);
    QVERIFY(confirm->isEnabled());
    const QDateTime clicked = QDateTime::currentDateTimeUtc();
    QTest::mouseClick(confirm, Qt::LeftButton);
    for (const QString &id : std::as_const(ids)) {
        const auto stored = m_desk.client.store.record(domain::entity::staff, id);
        const QDateTime at = domain::instantFromJson(
            stored->data.value(u"availability_confirmed_at"_s).toString());
        QVERIFY(at.isValid() && qAbs(at.secsTo(clicked)) < 60);
    }
    QVERIFY(child<QLabel>(u"staffSummary"_s)->text().contains(u'3'));
    QVERIFY(m_desk.client.sync());
    QCOMPARE(m_desk.client.store.pendingCount(), 0);
}

void TestStaffView::everyControl_hasAnAccessibleName()
{
    const QStringList missing = testing::controlsWithoutAccessibleName(view());
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
}

namespace {
// WCAG 2 contrast ratio between two colours (1 to 21).
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
} // namespace

void TestStaffView::darkPalette_errorsStayReadable()
{
    // A desktop in a dark theme: the window takes the system palette (no colour of its own that
    // assumes a light background), and an error under a field stays readable on it.
    const QPalette light = QApplication::palette();
    QPalette dark(QColor(0x3c, 0x40, 0x43), QColor(0x20, 0x21, 0x24));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
    dark.setColor(QPalette::Base, QColor(0x29, 0x2a, 0x2d));
    dark.setColor(QPalette::AlternateBase, QColor(0x32, 0x33, 0x36));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    dark.setColor(QPalette::Highlight, QColor(0x8a, 0xb4, 0xf8));
    dark.setColor(QPalette::HighlightedText, QColor(0x20, 0x21, 0x24));
    QApplication::setPalette(dark);
    ui::MainWindow window(m_desk.workspace.get());
    window.resize(1400, 860);
    window.showPage(ui::MainWindow::Page::Staff);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ui::StaffView *staff = window.staffView();
    QTableView *table = staff->table();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(0, 0)).center());
    auto *phone = window.findChild<QLineEdit *>(u"staffPhoneEdit"_s);
    phone->setFocus();
    phone->selectAll();
    testing::typeText(phone, u"pas de numéro"_s);
    QTest::mouseClick(window.findChild<QPushButton *>(u"staffSaveButton"_s), Qt::LeftButton);
    auto *error = window.findChild<QLabel *>(u"staffPhoneError"_s);
    QVERIFY(error->isVisible());
    const double onDark = contrast(error->palette().color(QPalette::WindowText),
                                   error->palette().color(QPalette::Window));
    QVERIFY2(onDark >= 4.5, qPrintable(QString::number(onDark)));
    // The navigation follows the palette: its text is the palette's, not a fixed dark grey.
    auto *navigation = window.findChild<QWidget *>(u"navigationList"_s);
    const QImage shot = window.grab().toImage();
    const QColor behindNavigation = shot.pixelColor(navigation->mapTo(&window, QPoint(4, 4)));
    QVERIFY2(behindNavigation.lightnessF() < 0.5, qPrintable(behindNavigation.name()));
    QVERIFY(testing::saveScreenshot(&window, u"staff-dark"_s));
    window.close();
    QApplication::setPalette(light);
}

void TestStaffView::cleanupTestCase()
{
    m_tester.reset();
    m_desk.window.reset();
    m_desk.workspace.reset();
    m_server.stop();
}

QTEST_MAIN(TestStaffView)
#include "tst_staffview.moc"
