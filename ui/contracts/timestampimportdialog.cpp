#include "timestampimportdialog.h"

#include "ui/common/filedialog.h"
#include "ui/common/labels.h"
#include "ui/common/localtime.h"
#include "ui/common/workspace.h"

#include "core/contracts/hoursdone.h"
#include "core/domain/entity.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace releve::ui {

namespace {
QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}
} // namespace

TimestampImportDialog::TimestampImportDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_summary(new QLabel(this))
    , m_ready(makeTable(
          this, u"importReadyTable"_s,
          { tr("Line"), tr("Contract"), tr("Day"), tr("Raw → rounded (CPOM)"), tr("Km") }))
    , m_problems(makeTable(this, u"importProblemTable"_s,
                           { tr("Line"), tr("Column"), tr("Problem"), tr("Line as read") }))
    , m_import(new QPushButton(this))
    , m_saveRejected(new QPushButton(tr("Save rejected lines…"), this))
    , m_outcome(new QLabel(this))
{
    setObjectName(u"timestampImportDialog"_s);
    setWindowTitle(tr("Import time stamps"));
    resize(900, 600);
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);
    m_import->setObjectName(u"importValidLinesButton"_s);
    m_saveRejected->setObjectName(u"saveRejectedLinesButton"_s);
    m_saveRejected->setToolTip(tr("Save the lines that were not imported, with the header, to fix "
                                  "them and import them again"));
    m_outcome->setObjectName(u"importOutcome"_s);
    m_outcome->setWordWrap(true);
    m_outcome->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveRejected, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &TimestampImportDialog::importValidLines);
    connect(m_saveRejected, &QPushButton::clicked, this, &TimestampImportDialog::saveRejectedLines);

    auto *readyTitle = new QLabel(tr("Ready to import"), this);
    auto *problemsTitle = new QLabel(tr("Not imported: problems by line"), this);
    QFont bold = readyTitle->font();
    bold.setBold(true);
    readyTitle->setFont(bold);
    problemsTitle->setFont(bold);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(readyTitle);
    layout->addWidget(m_ready, 1);
    layout->addWidget(problemsTitle);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);

    // The contracts my structure lends staff under: only the lender records hours.
    for (const store::CachedRecord &record :
         m_workspace->store()->records(domain::entity::contract)) {
        if (const auto contract = domain::Contract::fromJson(record.data);
            contract && contract->lender.structureId == m_workspace->structureId())
            m_contracts.append(*contract);
    }
    fill();
}

bool TimestampImportDialog::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("%1 could not be read (%2). Nothing was imported; check the file "
                              "and try again.")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
        m_result = {};
        fill();
        return false;
    }
    const QByteArray bytes = file.readAll();
    m_path = path;
    m_header = bytes.left(bytes.indexOf('\n') < 0 ? bytes.size() : bytes.indexOf('\n'));
    if (m_header.endsWith('\r'))
        m_header.chop(1);
    m_result = contracts::TimestampImport::fromCsv(bytes, m_contracts, {}, m_workspace->timeZone());
    m_alreadyRecorded.clear();
    for (const contracts::ImportedRecord &imported : std::as_const(m_result.imported)) {
        if (!m_workspace->store()
                 ->recordsWhere(domain::entity::interventionRecord, u"intervention_id"_s,
                                imported.record.interventionId)
                 .isEmpty())
            m_alreadyRecorded.append(imported.record.interventionId);
    }
    m_outcome->hide();
    fill();
    return true;
}

QString TimestampImportDialog::summary() const
{
    const int ready = int(m_result.imported.size()) - int(m_alreadyRecorded.size());
    const int rejected = int(m_result.rejectedLines().size());
    QString text = tr("%n line(s) read from %1", nullptr, m_result.lineCount)
                       .arg(QFileInfo(m_path).fileName());
    text += u" · "_s + tr("%n ready to import", nullptr, ready);
    if (!m_alreadyRecorded.isEmpty())
        text += u" · "_s
            + tr("%n already recorded (kept as they are)", nullptr, int(m_alreadyRecorded.size()));
    text += u" · "_s + tr("%n with problems", nullptr, rejected);
    return text;
}

void TimestampImportDialog::fill()
{
    if (!m_path.isEmpty())
        m_summary->setText(summary());
    const QTimeZone zone = m_workspace->timeZone();
    QHash<QString, QString> numbers;
    for (const domain::Contract &contract : std::as_const(m_contracts))
        numbers.insert(contract.id, contract.number);

    m_ready->setRowCount(0);
    for (const contracts::ImportedRecord &imported : std::as_const(m_result.imported)) {
        const int row = m_ready->rowCount();
        m_ready->insertRow(row);
        const bool kept = m_alreadyRecorded.contains(imported.record.interventionId);
        const QStringList cells {
            QString::number(imported.line), numbers.value(imported.record.contractId),
            LocalTime::shortDay(LocalTime::toLocal(imported.record.arrival, zone).date()),
            contracts::describeHours(imported.record, QLocale(), zone)
                + (kept ? u"  ("_s + tr("already recorded: kept") + u')' : QString()),
            QString::number(imported.record.kilometres)
        };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (kept)
                item->setForeground(QColor(0x75, 0x75, 0x75));
            m_ready->setItem(row, column, item);
        }
    }
    m_problems->setRowCount(0);
    for (const contracts::ImportProblem &problem : std::as_const(m_result.problems)) {
        const int row = m_problems->rowCount();
        m_problems->insertRow(row);
        const QStringList cells { QString::number(problem.line), problem.column, problem.message,
                                  problem.text };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_problems->setItem(row, column, item);
        }
    }
    const int ready = int(m_result.imported.size()) - int(m_alreadyRecorded.size());
    m_import->setText(tr("Import %n line(s)", nullptr, ready));
    m_import->setEnabled(ready > 0);
    m_saveRejected->setEnabled(!m_result.problems.isEmpty());
}

int TimestampImportDialog::importValidLines()
{
    int stored = 0;
    QStringList failures;
    for (const contracts::ImportedRecord &imported : std::as_const(m_result.imported)) {
        if (m_alreadyRecorded.contains(imported.record.interventionId))
            continue;
        const auto saved = m_workspace->store()->saveRecord(domain::entity::interventionRecord,
                                                            imported.record.toJson());
        if (saved) {
            ++stored;
            m_alreadyRecorded.append(imported.record.interventionId);
        } else {
            failures.append(tr("line %1: %2").arg(imported.line).arg(Labels::error(saved.error())));
        }
    }
    fill();
    QString text
        = tr("%n line(s) imported; they are sent with the next synchronisation.", nullptr, stored);
    if (!failures.isEmpty())
        text += u' ' + tr("Not stored: %1.").arg(failures.join(u"; "_s));
    m_outcome->setText(text);
    m_outcome->show();
    return stored;
}

QString TimestampImportDialog::saveRejectedLines()
{
    if (m_result.problems.isEmpty())
        return {};
    const QFileInfo source(m_path);
    QString path = FileDialog::saveFileName(
        this, tr("Save rejected lines"),
        source.dir().filePath(tr("%1 - rejected lines.csv").arg(source.completeBaseName())),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return {};
    QByteArray bytes = m_header + "\r\n";
    int last = 0;
    for (const contracts::ImportProblem &problem : std::as_const(m_result.problems)) {
        if (problem.line <= 1 || problem.line == last)
            continue; // the header is written once; a line with several problems too
        last = problem.line;
        bytes += problem.text.toUtf8() + "\r\n";
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_outcome->setText(tr("The rejected lines could not be saved to %1 (%2); they are still "
                              "listed here.")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
        m_outcome->show();
        return {};
    }
    m_outcome->setText(tr("Rejected lines saved to %1.").arg(QDir::toNativeSeparators(path)));
    m_outcome->show();
    return path;
}

} // namespace releve::ui
