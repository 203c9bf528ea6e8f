// A short message under a field or a form, in the error colour, hidden when there is none.
#pragma once

#include <QLabel>

namespace releve::ui {

class ErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ErrorLabel(QWidget *parent = nullptr);

    void showError(const QString &message);
    void clearError();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColour();
};

} // namespace releve::ui
