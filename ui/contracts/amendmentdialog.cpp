#include "amendmentdialog.h"

#include "ui/common/errorlabel.h"
#include "ui/common/localtime.h"

#include "core/domain/jsonreader.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace releve::ui {

namespace {
constexpr int IdRole = Qt::UserRole; // on the date cell: the intervention's id, empty when new
const QString dateFormat = u"dd/MM/yyyy"_s;

QString dateText(const QDate &date)
{
    return date.toString(dateFormat);
}

QString timeText(const QTime &time)
{
    return time.toString(u"HH:mm"_s);
}

QDate parseDate(const QString &text)
{
    for (const QString &format : { u"dd/MM/yyyy"_s, u"d/M/yyyy"_s, u"yyyy-MM-dd"_s }) {
        const QDate date = QDate::fromString(text.trimmed(), format);
        if (date.isValid())
            return date;
    }
    return {};
}

QTime parseTime(const QString &text)
{
    const QString trimmed = text.trimmed().toLower();
    for (const QString &format :
         { u"HH:mm"_s, u"H:mm"_s, u"HH'h'mm"_s, u"H'h'mm"_s, u"HH'h'"_s, u"H'h'"_s, u"HHmm"_s }) {
        const QTime time = QTime::fromString(trimmed, format);
        if (time.isValid())
            return time;
    }
    return {};
}

QString rangeText(const domain::Intervention &intervention, const QTimeZone &zone)
{
    const QDateTime start = LocalTime::toLocal(intervention.start, zone);
    const QDateTime end = LocalTime::toLocal(intervention.end, zone);
    return u"%1 %2–%3"_s.arg(dateText(start.date()), timeText(start.time()), timeText(end.time()));
}
} // namespace

AmendmentDialog::AmendmentDialog(const domain::Contract &contract, const QTimeZone &zone,
                                 const QSet<QString> &recorded, QWidget *parent)
    : QDialog(parent)
    , m_contract(contract)
    , m_zone(zone)
    , m_recorded(recorded)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("Add an intervention"), this))
    , m_remove(new QPushButton(tr("Remove the selected intervention"), this))
    , m_reason(new QLineEdit(this))
    , m_error(new ErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"amendmentDialog"_s);
    setWindowTitle(tr("Amend the interventions of contract %1").arg(contract.number));
    auto *intro = new QLabel(tr("Move, shorten or remove an intervention, or add one. Dates "
                                "dd/mm/yyyy, times hh:mm (local time). Both structures sign the "
                                "amendment once the server has numbered it."),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(u"amendmentTable"_s);
    m_table->setAccessibleName(tr("Interventions after the amendment"));
    m_table->setHorizontalHeaderLabels({ tr("Date"), tr("Start"), tr("End"), tr("Change") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int digits = m_table->fontMetrics().horizontalAdvance(u"00/00/00000"_s);
    m_table->setColumnWidth(DateColumn, digits + 24);
    m_table->setColumnWidth(StartColumn, digits / 2 + 24);
    m_table->setColumnWidth(EndColumn, digits / 2 + 24);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_add->setObjectName(u"addInterventionButton"_s);
    m_remove->setObjectName(u"removeInterventionButton"_s);
    m_reason->setObjectName(u"amendmentReasonEdit"_s);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Why the interventions change (printed on the amendment)"));
    m_reason->setMaxLength(500);
    m_error->setObjectName(u"amendmentError"_s);
    m_error->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Queue the amendment"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"amendmentOkButton"_s);

    QList<domain::Intervention> interventions = contract.interventions;
    std::sort(interventions.begin(), interventions.end(),
              [](const domain::Intervention &a, const domain::Intervention &b) {
                  return a.start < b.start;
              });
    for (const domain::Intervention &intervention : interventions) {
        const QDateTime start = LocalTime::toLocal(intervention.start, zone);
        const QDateTime end = LocalTime::toLocal(intervention.end, zone);
        appendRow(intervention.id, start.date(), start.time(), end.time());
    }
    m_contract.interventions = interventions;

    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_add);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(720, 460);

    connect(m_add, &QPushButton::clicked, this, &AmendmentDialog::addIntervention);
    connect(m_remove, &QPushButton::clicked, this, &AmendmentDialog::removeSelected);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AmendmentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() != ChangeColumn)
            updateChangeColumn();
    });
    updateChangeColumn();
}

void AmendmentDialog::appendRow(const QString &id, const QDate &date, const QTime &start,
                                const QTime &end)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *dateItem = new QTableWidgetItem(dateText(date));
    dateItem->setData(IdRole, id);
    m_table->setItem(row, DateColumn, dateItem);
    m_table->setItem(row, StartColumn, new QTableWidgetItem(timeText(start)));
    m_table->setItem(row, EndColumn, new QTableWidgetItem(timeText(end)));
    auto *change = new QTableWidgetItem;
    change->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_table->setItem(row, ChangeColumn, change);
}

void AmendmentDialog::addIntervention()
{
    // The new one starts as a copy of the last row a day later: usually only the date changes.
    QDate date = QDate::currentDate();
    QTime start(8, 0);
    QTime end(10, 0);
    if (m_table->rowCount() > 0) {
        const int last = m_table->rowCount() - 1;
        const QDate lastDate = parseDate(m_table->item(last, DateColumn)->text());
        if (lastDate.isValid())
            date = lastDate.addDays(1);
        const QTime lastStart = parseTime(m_table->item(last, StartColumn)->text());
        const QTime lastEnd = parseTime(m_table->item(last, EndColumn)->text());
        if (lastStart.isValid() && lastEnd.isValid()) {
            start = lastStart;
            end = lastEnd;
        }
    }
    appendRow(QString(), date, start, end);
    updateChangeColumn();
    const int row = m_table->rowCount() - 1;
    m_table->setFocus();
    m_table->setCurrentCell(row, DateColumn);
    m_table->scrollToItem(m_table->item(row, DateColumn));
}

void AmendmentDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    updateChangeColumn();
}

void AmendmentDialog::updateChangeColumn()
{
    const QSignalBlocker blocker(m_table);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString id = m_table->item(row, DateColumn)->data(IdRole).toString();
        QString change;
        if (id.isEmpty()) {
            change = tr("New");
        } else {
            const auto original
                = std::find_if(m_contract.interventions.cbegin(), m_contract.interventions.cend(),
                               [&id](const domain::Intervention &i) { return i.id == id; });
            if (original != m_contract.interventions.cend()) {
                const QDateTime start = LocalTime::toLocal(original->start, m_zone);
                const QDateTime end = LocalTime::toLocal(original->end, m_zone);
                const bool same
                    = m_table->item(row, DateColumn)->text().trimmed() == dateText(start.date())
                    && m_table->item(row, StartColumn)->text().trimmed() == timeText(start.time())
                    && m_table->item(row, EndColumn)->text().trimmed() == timeText(end.time());
                if (!same)
                    change = tr("Changed (was %1)").arg(rangeText(*original, m_zone));
            }
        }
        m_table->item(row, ChangeColumn)->setText(change);
    }
}

QStringList AmendmentDialog::problems()
{
    updateChangeColumn();
    QStringList problems;
    int firstRow = -1;
    int firstColumn = DateColumn;
    const auto problemAt = [&](int row, int column, const QString &text) {
        problems.append(text);
        if (firstRow < 0) {
            firstRow = row;
            firstColumn = column;
        }
    };
    struct Row
    {
        int number = 0;
        QString label; // "Intervention 2 (12/05/2026)"
        domain::Intervention intervention;
    };
    QList<Row> rows;
    QSet<QString> kept;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString id = m_table->item(row, DateColumn)->data(IdRole).toString();
        const QString typedDate = m_table->item(row, DateColumn)->text();
        const QString typedStart = m_table->item(row, StartColumn)->text();
        const QString typedEnd = m_table->item(row, EndColumn)->text();
        const QDate date = parseDate(typedDate);
        const QTime start = parseTime(typedStart);
        const QTime end = parseTime(typedEnd);
        const QString name = tr("Intervention %1").arg(row + 1);
        if (!date.isValid())
            problemAt(row, DateColumn,
                      tr("%1: the date “%2” is not a date (dd/mm/yyyy).").arg(name, typedDate));
        if (!start.isValid())
            problemAt(row, StartColumn,
                      tr("%1: the start “%2” is not a time (hh:mm).").arg(name, typedStart));
        if (!end.isValid())
            problemAt(row, EndColumn,
                      tr("%1: the end “%2” is not a time (hh:mm).").arg(name, typedEnd));
        if (!date.isValid() || !start.isValid() || !end.isValid())
            continue;
        Row parsed;
        parsed.number = row + 1;
        parsed.label = tr("Intervention %1 (%2)").arg(row + 1).arg(dateText(date));
        parsed.intervention.id = id;
        const auto original
            = std::find_if(m_contract.interventions.cbegin(), m_contract.interventions.cend(),
                           [&id](const domain::Intervention &i) { return i.id == id; });
        const bool unchanged = original != m_contract.interventions.cend()
            && m_table->item(row, ChangeColumn)->text().isEmpty();
        if (unchanged) {
            // Kept exactly, an intervention that crosses midnight included.
            parsed.intervention.start = original->start;
            parsed.intervention.end = original->end;
        } else {
            if (end <= start) {
                problemAt(row, EndColumn,
                          tr("%1: the end %2 is not after the start %3.")
                              .arg(parsed.label, timeText(end), timeText(start)));
                continue;
            }
            parsed.intervention.start = LocalTime::toUtc(date, start, m_zone);
            parsed.intervention.end = LocalTime::toUtc(date, end, m_zone);
            if (m_recorded.contains(id))
                problemAt(row, DateColumn,
                          tr("%1: hours are already recorded for it; it cannot be moved or "
                             "shortened.")
                              .arg(parsed.label));
        }
        if (!id.isEmpty())
            kept.insert(id);
        for (const Row &other : std::as_const(rows)) {
            if (other.intervention.start == parsed.intervention.start
                && other.intervention.end == parsed.intervention.end) {
                problemAt(
                    row, DateColumn,
                    tr("%1 is the same as intervention %2.").arg(parsed.label).arg(other.number));
                break;
            }
            if (other.intervention.range().overlaps(parsed.intervention.range())) {
                problemAt(row, StartColumn,
                          tr("%1 overlaps intervention %2: the worker cannot be at both.")
                              .arg(parsed.label)
                              .arg(other.number));
                break;
            }
        }
        rows.append(parsed);
    }
    for (const domain::Intervention &original : std::as_const(m_contract.interventions)) {
        if (!kept.contains(original.id) && m_recorded.contains(original.id))
            problemAt(-1, DateColumn,
                      tr("The intervention of %1 cannot be removed: hours are already recorded "
                         "for it.")
                          .arg(rangeText(original, m_zone)));
    }
    if (m_table->rowCount() == 0)
        problemAt(-1, DateColumn,
                  tr("No intervention is left: end the contract instead of amending it."));
    if (problems.isEmpty()) {
        bool changed = rows.size() != m_contract.interventions.size();
        for (const Row &row : std::as_const(rows))
            changed = changed || row.intervention.id.isEmpty()
                || !m_table->item(row.number - 1, ChangeColumn)->text().isEmpty();
        if (!changed)
            problemAt(-1, DateColumn,
                      tr("Nothing changed: move, shorten, remove or add an intervention "
                         "first."));
    }
    if (m_reason->text().trimmed().isEmpty())
        problemAt(-2, DateColumn,
                  tr("Reason: say why the interventions change (it is printed on the "
                     "amendment)."));

    if (!problems.isEmpty()) {
        m_command = {};
        if (firstRow >= 0) {
            m_table->setFocus();
            m_table->setCurrentCell(firstRow, firstColumn);
        } else if (firstRow == -2) {
            m_reason->setFocus();
        }
        return problems;
    }
    QJsonArray interventions;
    for (Row &row : rows) {
        if (row.intervention.id.isEmpty())
            row.intervention.id = domain::newId();
        interventions.append(row.intervention.toJson());
    }
    m_command = { { u"command"_s, u"amend"_s },
                  { u"reason"_s, m_reason->text().trimmed() },
                  { u"interventions"_s, interventions } };
    return problems;
}

void AmendmentDialog::accept()
{
    const QStringList found = problems();
    if (!found.isEmpty()) {
        m_error->showError(found.join(u'\n'));
        return;
    }
    m_error->clearError();
    QDialog::accept();
}

QStringList AmendmentDialog::describeChanges(const QList<domain::Intervention> &before,
                                             const QList<domain::Intervention> &after,
                                             const QTimeZone &zone)
{
    QStringList lines;
    for (const domain::Intervention &now : after) {
        const auto was
            = std::find_if(before.cbegin(), before.cend(),
                           [&now](const domain::Intervention &b) { return b.id == now.id; });
        if (was == before.cend())
            lines.append(tr("Added: %1").arg(rangeText(now, zone)));
        else if (was->start != now.start || was->end != now.end)
            lines.append(tr("Changed: %1 → %2").arg(rangeText(*was, zone), rangeText(now, zone)));
    }
    for (const domain::Intervention &was : before) {
        const bool stays
            = std::any_of(after.cbegin(), after.cend(),
                          [&was](const domain::Intervention &a) { return a.id == was.id; });
        if (!stays)
            lines.append(tr("Removed: %1").arg(rangeText(was, zone)));
    }
    return lines;
}

} // namespace releve::ui
