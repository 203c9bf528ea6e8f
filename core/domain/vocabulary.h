// The codes records use for kinds, roles, qualifications, skills… (DESIGN.md, "Domain").
// Codes are stored and exchanged; people see them through vocabulary labels in the UI.
#pragma once

#include <QStringList>

namespace releve::domain::vocabulary {

inline const QStringList structureKinds{ QStringLiteral("saad"),     QStringLiteral("ssiad"),
                                         QStringLiteral("spasad"),   QStringLiteral("ehpad"),
                                         QStringLiteral("hospital"), QStringLiteral("dac"),
                                         QStringLiteral("other") };
inline const QStringList legalForms{ QStringLiteral("association"), QStringLiteral("company"),
                                     QStringLiteral("public") };
inline const QStringList roles{ QStringLiteral("coordinator"), QStringLiteral("referent"),
                                QStringLiteral("prescriber"), QStringLiteral("admin") };
inline const QStringList qualifications{ QStringLiteral("deaes"), QStringLiteral("deavs"),
                                         QStringLiteral("advf"), QStringLiteral("aide_soignant"),
                                         QStringLiteral("none") };
inline const QStringList skills{ QStringLiteral("disability"), QStringLiteral("end_of_life"),
                                 QStringLiteral("alzheimer"),  QStringLiteral("cancer"),
                                 QStringLiteral("nutrition"),  QStringLiteral("transfers") };
inline const QStringList mobilities{ QStringLiteral("car"), QStringLiteral("licence"),
                                     QStringLiteral("scooter"),
                                     QStringLiteral("public_transport"), QStringLiteral("none") };
inline const QStringList slotKinds{ QStringLiteral("available"), QStringLiteral("absent") };
inline const QStringList reasons{ QStringLiteral("absence"), QStringLiteral("sick_leave"),
                                  QStringLiteral("crisis"), QStringLiteral("hospital_discharge"),
                                  QStringLiteral("overflow") };
inline const QStringList urgencies{ QStringLiteral("normal"), QStringLiteral("urgent"),
                                    QStringLiteral("critical") };
inline const QStringList fundings{ QStringLiteral("apa"), QStringLiteral("pch"),
                                   QStringLiteral("other") };
inline const QStringList needs{ QStringLiteral("lever"),   QStringLiteral("toilette"),
                                QStringLiteral("repas"),   QStringLiteral("courses"),
                                QStringLiteral("menage"),  QStringLiteral("coucher"),
                                QStringLiteral("accompagnement"), QStringLiteral("linge") };
inline const QStringList contractTypes{ QStringLiteral("mise_a_disposition"),
                                        QStringLiteral("sous_traitance") };
inline const QStringList requestStatuses{ QStringLiteral("draft"),      QStringLiteral("published"),
                                          QStringLiteral("proposed"),   QStringLiteral("accepted"),
                                          QStringLiteral("contracted"), QStringLiteral("done"),
                                          QStringLiteral("cancelled"),  QStringLiteral("expired") };
inline const QStringList proposalStatuses{ QStringLiteral("offered"), QStringLiteral("accepted"),
                                           QStringLiteral("declined"),
                                           QStringLiteral("withdrawn") };
inline const QStringList contractStatuses{ QStringLiteral("draft"), QStringLiteral("signed_lender"),
                                           QStringLiteral("signed_user"), QStringLiteral("active"),
                                           QStringLiteral("ended") };

} // namespace releve::domain::vocabulary
