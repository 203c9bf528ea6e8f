#include "importdialog.h"

#include "ui/common/errorlabel.h"
#include "ui/common/filedialog.h"
#include "ui/common/messagebox.h"
#include "ui/common/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace releve::ui {

using exchange::ExchangeKind;
using exchange::StaffExchange;

ImportDialog::ImportDialog(Workspace *workspace, ExchangeKind kind, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_kind(kind)
    , m_pages(new QStackedWidget(this))
    , m_fileLabel(new QLabel(this))
    , m_mappingTable(new QTableWidget(0, 3, this))
    , m_mappingError(new ErrorLabel(this))
    , m_previewLabel(new QLabel(this))
    , m_importButton(new QPushButton(tr("Import"), this))
    , m_summaryLabel(new QLabel(this))
    , m_problemTable(new QTableWidget(0, 3, this))
    , m_saveRejectedButton(new QPushButton(tr("Save the rejected lines…"), this))
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(kind == ExchangeKind::Staff ? tr("Import staff") : tr("Import availability"));
    m_fileLabel->setObjectName(u"fileLabel"_s);
    m_fileLabel->setWordWrap(true);
    m_mappingTable->setObjectName(u"mappingTable"_s);
    m_mappingTable->setHorizontalHeaderLabels(
        { tr("Column in the file"), tr("Example"), tr("Goes to") });
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->horizontalHeader()->setStretchLastSection(true);
    m_mappingError->setObjectName(u"mappingError"_s);
    m_previewLabel->setObjectName(u"previewLabel"_s);
    m_previewLabel->setWordWrap(true);
    m_importButton->setObjectName(u"importButton"_s);
    m_importButton->setDefault(true);
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_summaryLabel->setWordWrap(true);
    m_problemTable->setObjectName(u"problemTable"_s);
    m_problemTable->setHorizontalHeaderLabels({ tr("Line"), tr("Column"), tr("Problem") });
    m_problemTable->verticalHeader()->hide();
    m_problemTable->horizontalHeader()->setStretchLastSection(true);
    m_problemTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_saveRejectedButton->setObjectName(u"saveRejectedButton"_s);

    auto *mappingPage = new QWidget(this);
    auto *mappingLayout = new QVBoxLayout(mappingPage);
    auto *intro = new QLabel(tr("Check which field each column of the file goes to. Columns "
                                "set to “Ignore” are not imported. Dates are read as "
                                "dd/mm/yyyy, decimals with a comma or a point."),
                             mappingPage);
    intro->setWordWrap(true);
    mappingLayout->addWidget(m_fileLabel);
    mappingLayout->addWidget(intro);
    mappingLayout->addWidget(m_mappingTable, 1);
    mappingLayout->addWidget(m_mappingError);
    mappingLayout->addWidget(m_previewLabel);
    auto *mappingButtons = new QDialogButtonBox(QDialogButtonBox::Cancel, mappingPage);
    mappingButtons->addButton(m_importButton, QDialogButtonBox::AcceptRole);
    mappingLayout->addWidget(mappingButtons);
    connect(mappingButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::import);

    auto *reportPage = new QWidget(this);
    auto *reportLayout = new QVBoxLayout(reportPage);
    reportLayout->addWidget(m_summaryLabel);
    reportLayout->addWidget(m_problemTable, 1);
    auto *reportButtons = new QDialogButtonBox(QDialogButtonBox::Close, reportPage);
    reportButtons->addButton(m_saveRejectedButton, QDialogButtonBox::ActionRole);
    reportLayout->addWidget(reportButtons);
    connect(reportButtons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_saveRejectedButton, &QPushButton::clicked, this, &ImportDialog::saveRejected);

    m_pages->addWidget(mappingPage);
    m_pages->addWidget(reportPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    resize(720, 520);
}

bool ImportDialog::loadFile(const QString &path)
{
    m_path = path;
    m_pages->setCurrentIndex(0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_fileLabel->setText(QFileInfo(path).fileName());
        m_mappingError->showError(
            tr("The file could not be read: %1. Nothing was imported.").arg(file.errorString()));
        m_importButton->setEnabled(false);
        return false;
    }
    m_table = exchange::readCsv(file.readAll());
    m_fileLabel->setText(tr("%1: %n line(s) after the header", nullptr, int(m_table.rows.size()))
                             .arg(QFileInfo(path).fileName()));
    if (!m_table.validUtf8) {
        m_mappingError->showError(tr("The file is not in UTF-8: save it again as “CSV UTF-8” "
                                     "from your spreadsheet. Nothing was imported."));
        m_importButton->setEnabled(false);
        return false;
    }

    const QStringList guessed = StaffExchange::guessMapping(m_kind, m_table.header);
    const QList<exchange::ExchangeField> fields = StaffExchange::fields(m_kind);
    m_mappingTable->setRowCount(int(m_table.header.size()));
    qDeleteAll(m_fieldCombos);
    m_fieldCombos.clear();
    for (int column = 0; column < m_table.header.size(); ++column) {
        auto *name = new QTableWidgetItem(m_table.header.at(column));
        name->setFlags(Qt::ItemIsEnabled);
        m_mappingTable->setItem(column, 0, name);
        const QString example
            = m_table.rows.isEmpty() ? QString() : m_table.rows.first().fields.value(column);
        auto *sample = new QTableWidgetItem(example);
        sample->setFlags(Qt::ItemIsEnabled);
        m_mappingTable->setItem(column, 1, sample);
        auto *combo = new QComboBox(m_mappingTable);
        combo->setObjectName(u"fieldCombo%1"_s.arg(column));
        combo->addItem(tr("Ignore"), QString());
        for (const exchange::ExchangeField &field : fields)
            combo->addItem(field.required ? tr("%1 (required)").arg(field.label) : field.label,
                           field.key);
        combo->setCurrentIndex(std::max(0, combo->findData(guessed.value(column))));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::updatePreview);
        m_mappingTable->setCellWidget(column, 2, combo);
        m_fieldCombos.append(combo);
    }
    m_mappingTable->resizeColumnsToContents();
    updatePreview();
    return true;
}

QStringList ImportDialog::mapping() const
{
    QStringList out;
    for (const QComboBox *combo : m_fieldCombos)
        out.append(combo->currentData().toString());
    return out;
}

void ImportDialog::setMapping(int column, const QString &fieldKey)
{
    if (column >= 0 && column < m_fieldCombos.size())
        m_fieldCombos.at(column)->setCurrentIndex(
            std::max(0, m_fieldCombos.at(column)->findData(fieldKey)));
}

void ImportDialog::updatePreview()
{
    const QStringList keys = mapping();
    // A field may take one column only.
    QStringList seen;
    for (int column = 0; column < keys.size(); ++column) {
        if (keys.at(column).isEmpty())
            continue;
        if (seen.contains(keys.at(column))) {
            m_mappingError->showError(tr("“%1” is chosen for two columns: keep it for one.")
                                          .arg(m_fieldCombos.at(column)->currentText()));
            m_importButton->setEnabled(false);
            m_previewLabel->clear();
            return;
        }
        seen.append(keys.at(column));
    }
    const QList<exchange::ExchangeField> missing = StaffExchange::missingRequired(m_kind, keys);
    if (!missing.isEmpty()) {
        QStringList names;
        for (const exchange::ExchangeField &f : missing)
            names.append(f.label);
        m_mappingError->showError(
            tr("Choose a column for: %1.").arg(names.join(QStringLiteral(", "))));
        m_importButton->setEnabled(false);
        m_previewLabel->clear();
        return;
    }
    m_mappingError->clearError();
    const exchange::ImportResult preview
        = StaffExchange::prepare(m_kind, m_table, keys, m_workspace->structureId(),
                                 *m_workspace->store(), m_workspace->timeZone());
    m_previewLabel->setText(tr("%1 line(s) ready to import, %2 with a problem.")
                                .arg(preview.valid.size())
                                .arg(preview.rejectedLines().size()));
    m_importButton->setEnabled(!preview.valid.isEmpty());
}

void ImportDialog::import()
{
    const QStringList keys = mapping();
    m_result = StaffExchange::apply(
        *m_workspace->store(),
        StaffExchange::prepare(m_kind, m_table, keys, m_workspace->structureId(),
                               *m_workspace->store(), m_workspace->timeZone()),
        m_table, keys);
    const int rejected = int(m_result.rejectedLines().size());
    QString summary = tr("%1 line(s) imported (%2 new, %3 updated); they will be sent with the "
                         "next synchronisation.")
                          .arg(m_result.valid.size())
                          .arg(m_result.created)
                          .arg(m_result.updated);
    if (rejected > 0)
        summary += u' '
            + tr("%n line(s) were not imported: they are listed below. Save them to a file, "
                 "correct them and import that file.",
                 nullptr, rejected);
    m_summaryLabel->setText(summary);
    m_problemTable->setRowCount(int(m_result.problems.size()));
    for (int r = 0; r < m_result.problems.size(); ++r) {
        const exchange::LineProblem &p = m_result.problems.at(r);
        m_problemTable->setItem(r, 0, new QTableWidgetItem(QString::number(p.line)));
        m_problemTable->setItem(r, 1, new QTableWidgetItem(p.field));
        m_problemTable->setItem(r, 2, new QTableWidgetItem(p.message));
    }
    m_problemTable->resizeColumnsToContents();
    m_saveRejectedButton->setEnabled(rejected > 0);
    m_pages->setCurrentIndex(1);
}

bool ImportDialog::saveRejected()
{
    const QFileInfo source(m_path);
    const QString path = FileDialog::saveFileName(
        this, tr("Save the rejected lines"),
        source.dir().filePath(tr("%1-to-fix.csv").arg(source.completeBaseName())),
        tr("CSV files (*.csv)"));
    return !path.isEmpty() && saveRejectedTo(path);
}

bool ImportDialog::saveRejectedTo(const QString &path)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(StaffExchange::rejectedCsv(m_table, m_result));
        if (file.commit())
            return true;
    }
    MessageBox::warning(this, tr("Save the rejected lines"),
                        tr("The file %1 could not be written: %2. The rejected lines are still "
                           "listed here; choose another folder.")
                            .arg(path, file.errorString()));
    return false;
}

} // namespace releve::ui
