#include "reviewchangesview.h"

#include "conflictdialog.h"
#include "correctiondialog.h"
#include "recordfields.h"
#include "reviewmodel.h"

#include "ui/common/messagebox.h"
#include "ui/common/workspace.h"

#include "core/sync/syncengine.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace releve::ui {

using Kind = ReviewModel::Item::Kind;

ReviewChangesView::ReviewChangesView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ReviewModel(workspace, this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_resolve(new QPushButton(tr("Compare and choose…"), this))
    , m_correct(new QPushButton(tr("Correct and send again…"), this))
    , m_resend(new QPushButton(tr("Send again as it is"), this))
    , m_discard(new QPushButton(tr("Discard…"), this))
{
    setObjectName(u"reviewChangesView"_s);
    m_summary->setObjectName(u"reviewSummary"_s);
    m_summary->setWordWrap(true);
    m_table->setObjectName(u"reviewTable"_s);
    m_resolve->setObjectName(u"resolveConflictButton"_s);
    m_correct->setObjectName(u"correctRejectedButton"_s);
    m_resend->setObjectName(u"resendAsIsButton"_s);
    m_discard->setObjectName(u"discardRejectedButton"_s);
    m_resend->setToolTip(tr("For a refusal that no longer applies (the other agency accepted the "
                            "charter, a contract ended…)"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ReviewModel::KindColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ReviewModel::RecordColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ReviewModel::ReasonColumn,
                                                      QHeaderView::Stretch);

    auto *title = new QLabel(tr("Changes to review"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    title->setFont(font);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_resolve);
    buttons->addWidget(m_correct);
    buttons->addWidget(m_resend);
    buttons->addStretch(1);
    buttons->addWidget(m_discard);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_resolve, &QPushButton::clicked, this, [this] { resolveConflict(currentRow()); });
    connect(m_correct, &QPushButton::clicked, this, [this] { correctRejected(currentRow()); });
    connect(m_resend, &QPushButton::clicked, this, [this] { resendAsIs(currentRow()); });
    connect(m_discard, &QPushButton::clicked, this, [this] { discard(currentRow()); });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const ReviewModel::Item *item = m_model->itemAt(index.row());
        if (item && item->kind == Kind::Conflict)
            resolveConflict(index.row());
        else if (item)
            correctRejected(index.row());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReviewChangesView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeRowsToContents(); // reasons wrap over two lines
        if (m_model->rowCount() > 0 && currentRow() < 0)
            m_table->selectRow(0);
        updateButtons();
        emit countChanged(m_model->rowCount());
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table,
            &QTableView::resizeRowsToContents);
    m_table->resizeRowsToContents();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

int ReviewChangesView::currentRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ReviewChangesView::updateButtons()
{
    const ReviewModel::Item *item = m_model->itemAt(currentRow());
    const bool conflict = item && item->kind == Kind::Conflict;
    const bool rejected = item && item->kind == Kind::Rejected;
    m_resolve->setEnabled(conflict);
    m_correct->setEnabled(rejected && item->entry.op != u"delete"_s);
    m_resend->setEnabled(rejected);
    m_discard->setEnabled(rejected);
    const int count = m_model->rowCount();
    m_summary->setText(
        count == 0 ? tr("Nothing to review: every change was accepted by the server.")
                   : tr("%n change(s) need your decision. They are kept on this computer and "
                        "are not sent until you decide.",
                        nullptr, count));
}

void ReviewChangesView::decided()
{
    // What the person decided goes out now rather than at the next periodic sync.
    if (sync::SyncEngine *engine = m_workspace->syncEngine())
        engine->syncNow();
}

ConflictDialog *ReviewChangesView::resolveConflict(int row)
{
    const ReviewModel::Item *item = m_model->itemAt(row);
    if (!item || item->kind != Kind::Conflict)
        return nullptr;
    auto *dialog = new ConflictDialog(m_workspace, item->conflict, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConflictDialog::resolved, this, &ReviewChangesView::decided);
    dialog->open();
    return dialog;
}

CorrectionDialog *ReviewChangesView::correctRejected(int row)
{
    const ReviewModel::Item *item = m_model->itemAt(row);
    if (!item || item->kind != Kind::Rejected || item->entry.op == u"delete"_s)
        return nullptr;
    auto *dialog = new CorrectionDialog(m_workspace, item->entry, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CorrectionDialog::resent, this, &ReviewChangesView::decided);
    dialog->open();
    return dialog;
}

void ReviewChangesView::resendAsIs(int row)
{
    const ReviewModel::Item *item = m_model->itemAt(row);
    if (!item || item->kind != Kind::Rejected)
        return;
    m_workspace->store()->markPending(item->entry.seq);
    decided();
}

void ReviewChangesView::discard(int row)
{
    const ReviewModel::Item *item = m_model->itemAt(row);
    if (!item || item->kind != Kind::Rejected)
        return;
    const qint64 seq = item->entry.seq;
    const QString what = m_model->index(row, ReviewModel::RecordColumn).data().toString();
    const auto answer = MessageBox::question(
        this, tr("Discard a refused change"),
        tr("Discard this change for good? %1\nThe server keeps its own version; what you typed "
           "for this change is lost on this computer.")
            .arg(what),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    m_workspace->store()->dropEntry(seq);
}

} // namespace releve::ui
