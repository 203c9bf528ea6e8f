#include "correctiondialog.h"

#include "recordfields.h"

#include "ui/common/errorlabel.h"
#include "ui/common/labels.h"
#include "ui/common/localtime.h"
#include "ui/common/workspace.h"

#include "core/domain/entity.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace releve::ui {

namespace entity = domain::entity;

namespace {

const char *kindProperty = "releveKind";

bool looksLikeInstant(const QString &text)
{
    static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"_s);
    return pattern.match(text).hasMatch();
}

bool looksLikeDate(const QString &text)
{
    static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    return pattern.match(text).hasMatch();
}

} // namespace

CorrectionDialog::CorrectionDialog(Workspace *workspace, const store::OutboxEntry &entry,
                                   QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_entry(entry)
    , m_formError(new ErrorLabel(this))
    , m_sendButton(new QPushButton(tr("Send again"), this))
{
    setObjectName(u"correctionDialog"_s);
    setWindowTitle(tr("Correct a refused change"));
    m_formError->setObjectName(u"correctionFormError"_s);
    m_sendButton->setObjectName(u"resendButton"_s);

    const bool isCommand = m_entry.op == u"command"_s;
    const bool isDelete = m_entry.op == u"delete"_s;
    m_original = m_entry.data;
    if (!isCommand && !isDelete) {
        // The record as this computer shows it (the refused values), falling back on the entry.
        if (const auto cached = m_workspace->store()->record(m_entry.entity, m_entry.recordId);
            cached && !cached->deleted)
            m_original = cached->data;
    }

    const QString what = isCommand
        ? tr("%1 of %2")
              .arg(Labels::command(m_entry.data.value(u"command"_s).toString()),
                   RecordFields::entityName(m_entry.entity).toLower())
        : isDelete
        ? tr("Removal: %1").arg(RecordFields::describe(m_workspace, m_entry.entity, m_entry.data))
        : RecordFields::describe(m_workspace, m_entry.entity, m_original);
    const domain::Error serverError { m_entry.errorCode, m_entry.errorField, m_entry.error };
    auto *intro = new QLabel(this);
    intro->setObjectName(u"correctionReason"_s);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    QString reason = RecordFields::refusal(m_entry.entity, serverError);
    if (!m_entry.errorField.isEmpty() && !m_original.contains(m_entry.errorField))
        reason = tr("%1: %2").arg(RecordFields::label(m_entry.entity, m_entry.errorField), reason);
    intro->setText(tr("The server refused this change: %1\n%2\nIt is kept on this computer "
                      "until you correct and send it again, or discard it.")
                       .arg(what, reason));

    auto *form = new QFormLayout;
    const QTimeZone zone = m_workspace->timeZone();
    const QStringList fields
        = isDelete ? QStringList() : RecordFields::shownFields(m_entry.entity, m_original);
    for (const QString &field : fields) {
        if (isCommand && field == u"command"_s)
            continue;
        const QJsonValue value = m_original.value(field);
        QWidget *editor = nullptr;
        if (field == u"staff_id"_s && m_entry.entity == entity::availability) {
            // A slot belongs to one of this structure's workers.
            auto *combo = new QComboBox(this);
            for (const store::CachedRecord &staff : m_workspace->store()->records(entity::staff)) {
                if (staff.structureId != m_workspace->structureId()
                    || !staff.data.contains(u"first_name"_s))
                    continue;
                combo->addItem(RecordFields::staffName(m_workspace, staff.id), staff.id);
            }
            const int index = combo->findData(value.toString());
            if (index < 0)
                combo->insertItem(0, RecordFields::staffName(m_workspace, value.toString()),
                                  value.toString());
            combo->setCurrentIndex(index < 0 ? 0 : index);
            combo->setProperty(kindProperty, u"data"_s);
            editor = combo;
        } else if (field == u"kind"_s && m_entry.entity == entity::availability) {
            auto *combo = new QComboBox(this);
            combo->addItem(Labels::slotKind(u"available"_s), u"available"_s);
            combo->addItem(Labels::slotKind(u"absent"_s), u"absent"_s);
            combo->setCurrentIndex(std::max(0, combo->findData(value.toString())));
            combo->setProperty(kindProperty, u"data"_s);
            editor = combo;
        } else if (value.isBool()) {
            auto *check = new QCheckBox(this);
            check->setChecked(value.toBool());
            check->setProperty(kindProperty, u"bool"_s);
            editor = check;
        } else if (value.isString() && looksLikeInstant(value.toString())) {
            auto *edit = new QDateTimeEdit(this);
            edit->setTimeSpec(Qt::LocalTime);
            edit->setDisplayFormat(u"dd/MM/yyyy HH:mm"_s);
            edit->setCalendarPopup(true);
            const QDateTime local = LocalTime::toLocal(
                QDateTime::fromString(value.toString(), Qt::ISODateWithMs), zone);
            edit->setDateTime(QDateTime(local.date(), local.time()));
            edit->setProperty(kindProperty, u"instant"_s);
            editor = edit;
        } else if (value.isString() && looksLikeDate(value.toString())) {
            auto *edit = new QDateEdit(QDate::fromString(value.toString(), Qt::ISODate), this);
            edit->setDisplayFormat(u"dd/MM/yyyy"_s);
            edit->setCalendarPopup(true);
            edit->setProperty(kindProperty, u"date"_s);
            editor = edit;
        } else if (value.isString() || value.isNull() || value.isDouble()) {
            auto *edit = new QLineEdit(this);
            edit->setText(value.isDouble() ? QLocale().toString(value.toDouble())
                                           : value.toString());
            edit->setProperty(kindProperty, value.isDouble() ? u"number"_s : u"text"_s);
            editor = edit;
        } else {
            // Lists and objects are kept as they are; they are shown, not edited here.
            auto *label
                = new QLabel(RecordFields::value(m_workspace, m_entry.entity, field, value), this);
            label->setWordWrap(true);
            form->addRow(RecordFields::label(m_entry.entity, field), label);
            continue;
        }
        editor->setObjectName(u"correct_"_s + field);
        editor->setAccessibleName(RecordFields::label(m_entry.entity, field));
        m_editors.insert(field, editor);
        auto *error = new ErrorLabel(this);
        error->setObjectName(u"correctError_"_s + field);
        m_errorLabels.insert(field, error);
        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(editor);
        cell->addWidget(error);
        form->addRow(RecordFields::label(m_entry.entity, field), cell);
    }

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(u"correctionButtons"_s);
    buttons->addButton(m_sendButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel)->setText(tr("Decide later"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CorrectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_formError);
    layout->addWidget(buttons);

    // The server's reason also stands under the field at fault.
    if (ErrorLabel *label = m_errorLabels.value(m_entry.errorField))
        label->showError(RecordFields::refusal(m_entry.entity, serverError));
}

QJsonObject CorrectionDialog::correctedData() const
{
    QJsonObject data = m_original;
    const QTimeZone zone = m_workspace->timeZone();
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QString kind = it.value()->property(kindProperty).toString();
        QJsonValue value;
        if (kind == u"data"_s) {
            value = qobject_cast<QComboBox *>(it.value())->currentData().toString();
        } else if (kind == u"bool"_s) {
            value = qobject_cast<QCheckBox *>(it.value())->isChecked();
        } else if (kind == u"instant"_s) {
            const QDateTime local = qobject_cast<QDateTimeEdit *>(it.value())->dateTime();
            value = LocalTime::toUtc(local.date(), local.time(), zone).toString(Qt::ISODate);
        } else if (kind == u"date"_s) {
            value = qobject_cast<QDateEdit *>(it.value())->date().toString(Qt::ISODate);
        } else if (kind == u"number"_s) {
            bool ok = false;
            const double number
                = QLocale().toDouble(qobject_cast<QLineEdit *>(it.value())->text(), &ok);
            // Left as typed when it is not a number: validation names the field.
            value = ok ? QJsonValue(number)
                       : QJsonValue(qobject_cast<QLineEdit *>(it.value())->text());
        } else {
            const QString text = qobject_cast<QLineEdit *>(it.value())->text();
            value = text.isEmpty() && m_original.value(it.key()).isNull() ? QJsonValue()
                                                                          : QJsonValue(text);
        }
        data.insert(it.key(), value);
    }
    return data;
}

void CorrectionDialog::showErrors(const domain::Errors &errors)
{
    QStringList unplaced;
    for (const domain::Error &error : errors) {
        if (ErrorLabel *label = m_errorLabels.value(error.field)) {
            label->showError(Labels::error(error));
            continue;
        }
        unplaced.append(error.field.isEmpty()
                            ? Labels::error(error)
                            : tr("%1: %2").arg(RecordFields::label(m_entry.entity, error.field),
                                               Labels::error(error)));
    }
    if (!unplaced.isEmpty())
        m_formError->showError(unplaced.join(u'\n'));
}

void CorrectionDialog::accept()
{
    for (ErrorLabel *label : std::as_const(m_errorLabels))
        label->clearError();
    m_formError->clearError();
    const auto done = m_workspace->store()->resendCorrected(m_entry.seq, correctedData());
    if (!done) {
        showErrors(done.errors());
        return;
    }
    emit resent(m_entry.seq);
    QDialog::accept();
}

} // namespace releve::ui
