// Prints the planning shown (print preview, printer or PDF): one week per page, landscape, in
// the same drawing as the screen at a size read on paper; a week with more staff than a page
// holds continues on the next page, its header repeated. Days without a row still print.
#pragma once

#include <QCoreApplication>
#include <QString>

class QPrinter;

namespace releve::ui {

class PlanningModel;

class PlanningPrinter
{
    Q_DECLARE_TR_FUNCTIONS(releve::ui::PlanningPrinter)

public:
    PlanningPrinter(const PlanningModel *model, QString structureName);

    // Prints every week of the model's span; returns the number of pages printed.
    int print(QPrinter *printer) const;

private:
    const PlanningModel *m_model;
    QString m_structureName;
};

} // namespace releve::ui
