// Tests of core/contracts/contractdocument: the convention de mise à disposition is rendered to
// PDF and read back with pdftotext (DESIGN.md, "Contracts": "tested by rendering a PDF and
// reading its text back"). Needs QGuiApplication for fonts: QTEST_MAIN, offscreen platform.
#include "core/contracts/contractdocument.h"

#include "contractfixtures.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace releve;
using namespace releve::contracts;
using namespace releve::domain;

class TestContractDocument : public QObject
{
    Q_OBJECT

private:
    static Contract contract() { return testing::loanContract(); }
    static QDateTime paris(const QDate &day, const QTime &time)
    {
        return testing::paris(day, time);
    }
    static QString pdfText(const QString &path) { return testing::pdfText(path); }
    static QString flat(const QString &text) { return testing::flat(text); }

    // The subcontract: the same parties, the lender as provider, signed by both agencies.
    static Contract subcontract()
    {
        Contract c = contract();
        c.type = u"sous_traitance"_qs;
        c.number = u"REL-2026-000124"_qs;
        c.signatures.append(
            { u"user"_qs, u"Paul Bernard"_qs, paris(QDate(2026, 11, 21), QTime(9, 30)) });
        return c;
    }

    // The loan after its first amendment (avenant n° REL-2026-000123-A1): the Monday moved from
    // 08:00–12:00 to 09:00–12:00, the Tuesday removed, a Thursday added; signed by the lender and
    // the user structure, not yet by the employee.
    static Contract amended(Contract c = contract())
    {
        domain::ContractAmendment a;
        a.number = c.number + u"-A1"_qs;
        a.reason = u"Hospitalisation de jour le mardi"_qs;
        a.structureId = c.user.structureId;
        a.previous = c.interventions;
        a.interventions = { { u"i1"_qs, paris(QDate(2026, 11, 23), QTime(9, 0)),
                              paris(QDate(2026, 11, 23), QTime(12, 0)) },
                            { u"i3"_qs, paris(QDate(2026, 11, 26), QTime(14, 0)),
                              paris(QDate(2026, 11, 26), QTime(15, 30)) } };
        a.added = { u"i3"_qs };
        a.removed = { u"i2"_qs };
        a.changed = { u"i1"_qs };
        a.status = u"signed_user"_qs;
        a.signatures
            = { { u"lender"_qs, u"Anne Dupont"_qs, paris(QDate(2026, 11, 22), QTime(9, 0)) },
                { u"user"_qs, u"Paul Bernard"_qs, paris(QDate(2026, 11, 22), QTime(11, 0)) } };
        a.createdAt = paris(QDate(2026, 11, 21), QTime(16, 0));
        c.interventions = a.interventions;
        c.amendments = { a };
        return c;
    }

    // The text of a document printed once per test run, on one line.
    QString printedText(ContractDocument::Kind kind, const Contract &c, const QString &file)
    {
        if (!m_texts.contains(file)) {
            const QString path = m_dir.filePath(file);
            const auto hash = ContractDocument::writePdf(kind, c, path,
                                                         QLocale(QLocale::French, QLocale::France));
            if (!hash.ok())
                qWarning() << hash.error().toString();
            m_texts.insert(file, flat(pdfText(path)));
        }
        return m_texts.value(file);
    }

    QTemporaryDir m_dir;
    QHash<QString, QString> m_texts;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // RELEVE_KEEP_DOCUMENTS=1 keeps the printed files to look at them.
        if (qEnvironmentVariableIsSet("RELEVE_KEEP_DOCUMENTS")) {
            m_dir.setAutoRemove(false);
            qInfo("Documents kept in %s", qPrintable(m_dir.path()));
        }
        if (QStandardPaths::findExecutable(u"pdftotext"_qs).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
    }

    void templates_areCompiledIntoTheLibrary()
    {
        QVERIFY(QFile::exists(u":/templates/convention_mise_a_disposition_fr.html"_qs));
        QVERIFY(QFile::exists(u":/templates/labels_fr.json"_qs));
        QCOMPARE(ContractDocument::templatePath(QLocale(QLocale::French, QLocale::France)),
                 u":/templates/convention_mise_a_disposition_fr.html"_qs);
        QCOMPARE(ContractDocument::templatePath(QLocale(QLocale::English)),
                 u":/templates/convention_mise_a_disposition_en.html"_qs);
        // No template in that language: the French text, which agencies sign.
        QCOMPARE(ContractDocument::templatePath(QLocale(QLocale::German)),
                 u":/templates/convention_mise_a_disposition_fr.html"_qs);
    }

    // Code du travail L8241-2: the convention "précise la durée et mentionne l'identité et la
    // qualification du salarié concerné, ainsi que le mode de détermination des salaires, des
    // charges sociales et des frais professionnels qui seront facturés".
    void frenchPdf_containsTheMandatoryContent_data()
    {
        QTest::addColumn<QString>("expected");
        QTest::newRow("title") << u"Convention de mise à disposition de personnel"_qs;
        QTest::newRow("number") << u"REL-2026-000123"_qs;
        QTest::newRow("lender") << u"ADMR du Pays de Guéret"_qs;
        QTest::newRow("lender SIRET") << u"SIRET : 77567227221136"_qs;
        QTest::newRow("lender authorisation") << u"2016-23-041"_qs;
        QTest::newRow("user") << u"Aide à Domicile Aubusson"_qs;
        QTest::newRow("user SIRET") << u"SIRET : 45213478900027"_qs;
        QTest::newRow("worker") << u"Martine Lefèvre"_qs;
        QTest::newRow("qualification") << u"DEAES"_qs;
        QTest::newRow("mission") << u"8 chemin des Écoles, Felletin"_qs;
        QTest::newRow("place département") << u"Felletin (département 23)"_qs;
        QTest::newRow("needs") << u"lever, aide à la toilette et repas"_qs;
        QTest::newRow("post characteristics")
            << u"Caractéristiques particulières du poste : Personne malentendante : se placer face à elle."_qs;
        QTest::newRow("first intervention") << u"lundi 23 novembre 2026, 08:00–12:00"_qs;
        QTest::newRow("second intervention") << u"mardi 24 novembre 2026, 14:00–16:30"_qs;
        QTest::newRow("total") << u"6 h 30"_qs;
        QTest::newRow("duration") << u"du 23 novembre 2026 au 24 novembre 2026"_qs;
        QTest::newRow("hourly rate") << u"22,22 €"_qs;
        QTest::newRow("km rate") << u"0,38 €"_qs;
        QTest::newRow("no margin") << u"Aucune marge"_qs;
        QTest::newRow("invoiced: salary, charges, expenses")
            << u"exclusivement les salaires versés au ou à la salarié·e au titre de la mise à disposition, les charges sociales afférentes et les frais professionnels"_qs;
        QTest::newRow("who directs the work")
            << u"la structure utilisatrice dirige le travail du ou de la salarié·e"_qs;
        QTest::newRow("working time and rest") << u"durée du travail, repos quotidien"_qs;
        QTest::newRow("health and safety") << u"santé et sécurité au travail"_qs;
        QTest::newRow("three signature blocks")
            << u"Pour la structure prêteuse Pour la structure Le ou la salarié·e, « lu et"_qs;
        QTest::newRow("user signs") << u"utilisatrice approuvé, bon pour accord »"_qs;
        QTest::newRow("legal basis") << u"articles L8241-1 et L8241-2 du Code du travail"_qs;
        QTest::newRow("L8241-2") << u"L8241-2"_qs;
        QTest::newRow("discipline") << u"pouvoir disciplinaire"_qs;
        QTest::newRow("return to post") << u"retrouve son poste"_qs;
        QTest::newRow("agreement") << u"a donné son accord"_qs;
        QTest::newRow("lender signatory") << u"Nom : Anne Dupont"_qs;
        QTest::newRow("lender signed on") << u"Date : 20 novembre 2026"_qs;
        QTest::newRow("employee block") << u"Le ou la salarié·e"_qs;
        QTest::newRow("page footer") << u"Convention n° REL-2026-000123 — page 1/"_qs;
    }

    void frenchPdf_containsTheMandatoryContent()
    {
        QFETCH(QString, expected);
        static QString text;
        if (text.isEmpty()) {
            const QString path = m_dir.filePath(u"convention_fr.pdf"_qs);
            const auto hash = ContractDocument::writePdf(contract(), path,
                                                         QLocale(QLocale::French, QLocale::France));
            QVERIFY2(hash.ok(), qPrintable(hash.error().toString()));
            text = flat(pdfText(path));
            QVERIFY(!text.isEmpty());
        }
        QVERIFY2(text.contains(expected), qPrintable(expected + u"\n---\n"_qs + text));
        QVERIFY(!text.contains(u"{{"_qs));
        QVERIFY(!text.contains(u"}}"_qs));
    }

    void pdf_numbersEveryPage()
    {
        Contract c = contract();
        // Sixty interventions make a convention of several pages.
        c.interventions.clear();
        for (int d = 0; d < 60; ++d) {
            const QDate day = QDate(2026, 11, 23).addDays(d);
            c.interventions.append(
                { u"i%1"_qs.arg(d), paris(day, QTime(8, 0)), paris(day, QTime(9, 0)) });
        }
        const auto doc = ContractDocument::document(c, QLocale(QLocale::French, QLocale::France));
        QVERIFY(doc);
        const QString path = m_dir.filePath(u"long.pdf"_qs);
        QVERIFY(ContractDocument::writePdf(c, path, QLocale(QLocale::French, QLocale::France)));
        const QString text = pdfText(path);
        const QStringList pages = text.split(QChar(u'\f'), Qt::SkipEmptyParts);
        QVERIFY2(pages.size() >= 2, qPrintable(text));
        for (int i = 0; i < pages.size(); ++i) {
            QVERIFY2(pages.at(i).contains(u"page %1/%2"_qs.arg(i + 1).arg(pages.size())),
                     qPrintable(pages.at(i)));
            QVERIFY(
                pages.at(i).contains(u"Convention de mise à disposition n° REL-2026-000123"_qs));
        }
        QVERIFY(text.contains(u"lundi 21 décembre 2026, 08:00–09:00 (1 h 00)"_qs));
        QVERIFY(text.contains(u"60 h 00"_qs));
    }

    void valuesWithMarkup_areEscaped()
    {
        Contract c = contract();
        c.lender.name = u"Soins <b>& Aide</b> \"Creuse\""_qs;
        c.staffName = u"Jean <i>Martin</i>"_qs;
        c.missionCommune = u"<script>alert(1)</script>"_qs;
        const QString html = ContractDocument::html(c, QLocale(QLocale::French, QLocale::France));
        QVERIFY(html.contains(u"Soins &lt;b&gt;&amp; Aide&lt;/b&gt; &quot;Creuse&quot;"_qs));
        QVERIFY(!html.contains(u"<b>& Aide"_qs));
        QVERIFY(!html.contains(u"<i>Martin"_qs));
        QVERIFY(!html.contains(u"<script>"_qs));
        // The title holds the number escaped too, and the text shows the values literally.
        const QString path = m_dir.filePath(u"escaped.pdf"_qs);
        QVERIFY(ContractDocument::writePdf(c, path, QLocale(QLocale::French, QLocale::France)));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(u"Soins <b>& Aide</b> \"Creuse\""_qs), qPrintable(text));
        QVERIFY(text.contains(u"Jean <i>Martin</i>"_qs));
        QVERIFY(text.contains(u"<script>alert(1)</script>"_qs));
    }

    void placeholders_areAllFilled_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QLocale>("locale");
        using Kind = ContractDocument::Kind;
        for (const Kind kind : { Kind::Convention, Kind::Avenant, Kind::Subcontract }) {
            for (const QLocale::Language language : { QLocale::French, QLocale::English }) {
                QTest::addRow("%s %s", qPrintable(ContractDocument::templateName(kind)),
                              qPrintable(QLocale::languageToCode(language)))
                    << int(kind) << QLocale(language);
            }
        }
    }

    void placeholders_areAllFilled()
    {
        QFETCH(int, kind);
        QFETCH(QLocale, locale);
        const QString html
            = ContractDocument::html(ContractDocument::Kind(kind), contract(), locale);
        QVERIFY(!html.isEmpty());
        static const QRegularExpression left(u"\\{\\{\\{?\\s*([A-Za-z0-9_]+)"_qs);
        auto it = left.globalMatch(html);
        while (it.hasNext()) {
            const QString key = it.next().captured(1);
            QVERIFY2(key == u"page" || key == u"pages", qPrintable(key));
        }
        // Missing values print a line to fill in by hand, never an empty gap.
        Contract c = contract();
        c.lender.siret.clear();
        QVERIFY(ContractDocument::html(ContractDocument::Kind(kind), c, locale)
                    .contains(u"SIRET"_qs
                              + (locale.language() == QLocale::French ? u" : "_qs : u": "_qs)
                              + u"……"_qs));
    }

    void englishLocale_usesTheEnglishTemplateAndFormats()
    {
        const QString path = m_dir.filePath(u"convention_en.pdf"_qs);
        QVERIFY(ContractDocument::writePdf(contract(), path,
                                           QLocale(QLocale::English, QLocale::UnitedKingdom)));
        const QString text = flat(pdfText(path));
        QVERIFY2(text.contains(u"Staff loan agreement"_qs), qPrintable(text));
        QVERIFY(text.contains(u"Monday 23 November 2026, 08:00–12:00"_qs));
        QVERIFY(text.contains(u"€22.22"_qs));
        QVERIFY(text.contains(u"L8241-2"_qs));
        QVERIFY(text.contains(u"getting up, washing and meals"_qs));
    }

    void documentHash_isSha256OfTheWrittenBytes()
    {
        const QString path = m_dir.filePath(u"hashed.pdf"_qs);
        const auto hash = ContractDocument::writePdf(contract(), path,
                                                     QLocale(QLocale::French, QLocale::France));
        QVERIFY(hash.ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QCOMPARE(*hash, ContractDocument::documentHash(bytes));
        QCOMPARE(hash->size(), 64);
        QCOMPARE(*hash,
                 QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        const auto pdf = ContractDocument::renderPdf(contract(), QLocale(QLocale::French));
        QVERIFY(pdf.ok());
        QVERIFY(pdf->startsWith("%PDF-"));
    }

    void unwritablePath_isAnErrorNamingThePath()
    {
        const QString path = m_dir.filePath(u"no/such/folder/convention.pdf"_qs);
        const auto result = ContractDocument::writePdf(contract(), path, QLocale(QLocale::French));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, u"write_failed"_qs);
        QCOMPARE(result.error().field, u"path"_qs);
        QVERIFY(result.error().message.contains(path));
        QVERIFY(!QFile::exists(path));
    }

    void kinds_followTheContractType()
    {
        using Kind = ContractDocument::Kind;
        QCOMPARE(ContractDocument::mainKind(contract()), Kind::Convention);
        QCOMPARE(ContractDocument::kinds(contract()),
                 (QList<Kind> { Kind::Convention, Kind::Avenant }));
        QCOMPARE(ContractDocument::mainKind(subcontract()), Kind::Subcontract);
        QCOMPARE(ContractDocument::kinds(subcontract()), QList<Kind> { Kind::Subcontract });
        // Once amended, the latest amendment is printed and signed too.
        QCOMPARE(ContractDocument::kinds(amended()),
                 (QList<Kind> { Kind::Convention, Kind::Avenant, Kind::Amendment }));
        QCOMPARE(ContractDocument::kinds(amended(subcontract())),
                 (QList<Kind> { Kind::Subcontract, Kind::Amendment }));
        QCOMPARE(ContractDocument::templatePath(QLocale(QLocale::French), Kind::Amendment),
                 u":/templates/avenant_modification_fr.html"_qs);
        const QString english = ContractDocument::html(
            Kind::Amendment, amended(), QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(english.contains(u"Amendment no. REL-2026-000123-A1"_qs));
        QVERIFY2(english.contains(u"intervention added: Thursday 26 November 2026, 14:00–15:30"_qs),
                 qPrintable(english));
        QCOMPARE(ContractDocument::templatePath(QLocale(QLocale::French), Kind::Avenant),
                 u":/templates/avenant_contrat_de_travail_fr.html"_qs);
        QCOMPARE(ContractDocument::templatePath(QLocale(QLocale::English), Kind::Subcontract),
                 u":/templates/contrat_sous_traitance_en.html"_qs);
        QCOMPARE(ContractDocument::templatePath(QLocale(QLocale::German), Kind::Subcontract),
                 u":/templates/contrat_sous_traitance_fr.html"_qs);
    }

    // Code du travail L8241-2, 3°: "un avenant au contrat de travail, signé par le salarié,
    // précise le travail confié dans l'entreprise utilisatrice, les horaires et le lieu
    // d'exécution du travail, ainsi que les caractéristiques particulières du poste de travail";
    // and "le salarié ne peut être sanctionné, licencié ou faire l'objet d'une mesure
    // discriminatoire pour avoir refusé une proposition de mise à disposition"; "à l'issue de sa
    // mise à disposition, le salarié retrouve son poste de travail ou un poste équivalent".
    void avenantPdf_containsTheMandatoryContent_data()
    {
        QTest::addColumn<QString>("expected");
        QTest::newRow("title") << u"Avenant au contrat de travail"_qs;
        QTest::newRow("legal basis") << u"article L8241-2 du Code du travail"_qs;
        QTest::newRow("convention number")
            << u"Convention de mise à disposition n° REL-2026-000123"_qs;
        QTest::newRow("employer") << u"ADMR du Pays de Guéret"_qs;
        QTest::newRow("employer SIRET") << u"SIRET : 77567227221136"_qs;
        QTest::newRow("employee") << u"Martine Lefèvre"_qs;
        QTest::newRow("qualification") << u"DEAES"_qs;
        QTest::newRow("user structure") << u"conclue avec Aide à Domicile Aubusson"_qs;
        QTest::newRow("work entrusted") << u"Travail confié dans la structure utilisatrice"_qs;
        QTest::newRow("work") << u"lever, aide à la toilette et repas"_qs;
        QTest::newRow("place") << u"Lieu d'intervention : 8 chemin des Écoles, Felletin"_qs;
        QTest::newRow("hours 1") << u"lundi 23 novembre 2026, 08:00–12:00 (4 h 00)"_qs;
        QTest::newRow("hours 2") << u"mardi 24 novembre 2026, 14:00–16:30 (2 h 30)"_qs;
        QTest::newRow("dates") << u"du 23 novembre 2026 au 24 novembre 2026"_qs;
        QTest::newRow("total") << u"Durée totale prévue : 6 h 30"_qs;
        QTest::newRow("characteristics") << u"Caractéristiques particulières du poste"_qs;
        QTest::newRow("post characteristics")
            << u"Autres caractéristiques particulières : Personne malentendante : se placer face à elle."_qs;
        QTest::newRow("place département") << u"Felletin (département 23)"_qs;
        QTest::newRow("km rate") << u"0,38 € par kilomètre"_qs;
        QTest::newRow("direction") << u"la structure utilisatrice dirige le travail"_qs;
        QTest::newRow("contract continues") << u"n'est ni rompu ni suspendu"_qs;
        QTest::newRow("agreement") << u"donne son accord exprès"_qs;
        QTest::newRow("refusal")
            << u"ne peut être sanctionné·e, licencié·e ou faire l'objet d'une mesure discriminatoire pour avoir refusé"_qs;
        QTest::newRow("return to post")
            << u"retrouve son poste de travail ou un poste équivalent"_qs;
        QTest::newRow("employer signs") << u"Pour l'employeur"_qs;
        QTest::newRow("employer signatory") << u"Nom : Anne Dupont"_qs;
        QTest::newRow("employer signed on") << u"Date : 20 novembre 2026"_qs;
        QTest::newRow("employee signs") << u"« lu et approuvé, bon pour"_qs;
        QTest::newRow("employee signed on") << u"Date : 21 novembre 2026"_qs;
        QTest::newRow("page footer")
            << u"Avenant — mise à disposition n° REL-2026-000123 — page 1/"_qs;
    }

    void avenantPdf_containsTheMandatoryContent()
    {
        QFETCH(QString, expected);
        Contract c = contract();
        c.signatures.append(
            { u"employee"_qs, u"Martine Lefèvre"_qs, paris(QDate(2026, 11, 21), QTime(17, 0)) });
        const QString text = printedText(ContractDocument::Kind::Avenant, c, u"avenant_fr.pdf"_qs);
        QVERIFY(!text.isEmpty());
        QVERIFY2(text.contains(expected), qPrintable(expected + u"\n---\n"_qs + text));
        QVERIFY(!text.contains(u"{{"_qs));
    }

    // No SAAD-to-SAAD model exists (reference/domain-facts.md, §1): the clauses are those the
    // design asks for. The provider brings its own service and know-how (otherwise it is a
    // disguised loan of staff), the ordering agency stays answerable to the beneficiary, price,
    // time stamping, insurance, GDPR art. 28 processing clause, duration and termination.
    void subcontractPdf_containsTheMandatoryContent_data()
    {
        QTest::addColumn<QString>("expected");
        QTest::newRow("title") << u"Contrat de sous-traitance"_qs;
        QTest::newRow("number") << u"Contrat n° REL-2026-000124"_qs;
        QTest::newRow("ordering agency")
            << u"Le donneur d'ordre Le prestataire, sous-traitant Aide à Domicile Aubusson ADMR du Pays de Guéret"_qs;
        QTest::newRow("ordering SIRET") << u"SIRET : 45213478900027"_qs;
        QTest::newRow("provider SIRET") << u"SIRET : 77567227221136"_qs;
        QTest::newRow("own means") << u"avec ses propres moyens"_qs;
        QTest::newRow("know-how") << u"savoir-faire"_qs;
        QTest::newRow("not a loan") << u"il n'est pas une mise à disposition de personnel"_qs;
        QTest::newRow("authority") << u"sous son autorité exclusive"_qs;
        QTest::newRow("worker") << u"Martine Lefèvre (DEAES"_qs;
        QTest::newRow("needs") << u"lever, aide à la toilette et repas"_qs;
        QTest::newRow("place") << u"8 chemin des Écoles, Felletin (département 23)"_qs;
        QTest::newRow("hours") << u"lundi 23 novembre 2026, 08:00–12:00"_qs;
        QTest::newRow("duration") << u"du 23 novembre 2026 au 24 novembre 2026"_qs;
        QTest::newRow("answerable")
            << u"Le donneur d'ordre reste seul responsable, à l'égard de la personne accompagnée"_qs;
        QTest::newRow("price") << u"au prix de 22,22 € par heure effectuée"_qs;
        QTest::newRow("km") << u"0,38 € par kilomètre"_qs;
        QTest::newRow("time stamping") << u"horodatée à l'arrivée et au départ"_qs;
        QTest::newRow("rounding") << u"arrondies aux 5 minutes les plus proches"_qs;
        QTest::newRow("insurance") << u"responsabilité civile professionnelle"_qs;
        QTest::newRow("GDPR art. 28")
            << u"sous-traitant au sens de l'article 28 du règlement (UE) 2016/679 (RGPD)"_qs;
        QTest::newRow("GDPR instructions") << u"sur instruction documentée du donneur d'ordre"_qs;
        QTest::newRow("GDPR breach")
            << u"violation de données personnelles dans un délai de 24 heures"_qs;
        QTest::newRow("GDPR end")
            << u"restituer au donneur d'ordre ou supprimer toutes les données"_qs;
        QTest::newRow("termination") << u"Durée et résiliation"_qs;
        QTest::newRow("notice") << u"préavis de huit jours"_qs;
        QTest::newRow("ordering signs") << u"Nom : Paul Bernard Nom : Anne Dupont"_qs;
        QTest::newRow("signed on") << u"Date : 21 novembre 2026 Date : 20 novembre 2026"_qs;
        QTest::newRow("page footer")
            << u"Contrat de sous-traitance n° REL-2026-000124 — page 1/"_qs;
    }

    void subcontractPdf_containsTheMandatoryContent()
    {
        QFETCH(QString, expected);
        const QString text
            = printedText(ContractDocument::Kind::Subcontract, subcontract(), u"st_fr.pdf"_qs);
        QVERIFY(!text.isEmpty());
        QVERIFY2(text.contains(expected), qPrintable(expected + u"\n---\n"_qs + text));
        QVERIFY(!text.contains(u"{{"_qs));
        QVERIFY(!text.contains(u"L8241-2"_qs));
    }

    // An amendment when the interventions change (Code du travail L8241-2: the avenant states the
    // hours; "toute modification … fait l'objet d'un nouvel avenant"): its own number, the
    // contract it changes, the reason, what changed with the former and new times, the
    // interventions from then on, the unchanged clauses, the signatures of the three parties.
    void amendmentPdf_containsTheMandatoryContent_data()
    {
        QTest::addColumn<QString>("expected");
        QTest::newRow("title") << u"Avenant n° REL-2026-000123-A1"_qs;
        QTest::newRow("contract") << u"Convention de mise à disposition n° REL-2026-000123"_qs;
        QTest::newRow("parties")
            << u"Structure prêteuse Structure utilisatrice ADMR du Pays de Guéret Aide à Domicile Aubusson SIRET : 77567227221136 SIRET : 45213478900027"_qs;
        QTest::newRow("worker") << u"Intervenant·e : Martine Lefèvre, DEAES"_qs;
        QTest::newRow("date and reason")
            << u"établi le 21 novembre 2026, modifie les interventions prévues par le contrat n° REL-2026-000123. Motif : Hospitalisation de jour le mardi."_qs;
        QTest::newRow("added") << u"intervention ajoutée : jeudi 26 novembre 2026, 14:00–15:30"_qs;
        QTest::newRow("moved")
            << u"intervention déplacée : lundi 23 novembre 2026, 08:00–12:00 → lundi 23 novembre 2026, 09:00–12:00"_qs;
        QTest::newRow("removed")
            << u"intervention supprimée : mardi 24 novembre 2026, 14:00–16:30"_qs;
        QTest::newRow("from then on")
            << u"Du 23 novembre 2026 au 26 novembre 2026, 2 intervention(s)"_qs;
        QTest::newRow("new list") << u"jeudi 26 novembre 2026, 14:00–15:30 (1 h 30)"_qs;
        QTest::newRow("total") << u"Durée totale prévue : 4 h 30"_qs;
        QTest::newRow("place") << u"8 chemin des Écoles, Felletin (département 23)"_qs;
        QTest::newRow("unchanged")
            << u"demeurent inchangées, notamment le taux horaire de 22,22 €"_qs;
        QTest::newRow("agreement") << u"donne son accord exprès aux nouveaux horaires"_qs;
        // Three columns: lender, user structure, employee, read across by pdftotext.
        QTest::newRow("signatories")
            << u"Nom : Anne Dupont Nom : Paul Bernard Martine Lefèvre Date : 22 novembre 2026 Date : 22 novembre 2026 Date : ……"_qs;
        QTest::newRow("employee signs") << u"Le ou la salarié·e, « lu et"_qs;
        QTest::newRow("page footer") << u"Avenant n° REL-2026-000123-A1 — page 1/"_qs;
    }

    void amendmentPdf_containsTheMandatoryContent()
    {
        QFETCH(QString, expected);
        QCOMPARE(ContractDocument::kinds(amended()).last(), ContractDocument::Kind::Amendment);
        const QString text
            = printedText(ContractDocument::Kind::Amendment, amended(), u"amendment_fr.pdf"_qs);
        QVERIFY(!text.isEmpty());
        QVERIFY2(text.contains(expected), qPrintable(expected + u"\n---\n"_qs + text));
        QVERIFY(!text.contains(u"{{"_qs));
    }

    void amendmentOfSubcontract_hasNoEmployeeSignature()
    {
        Contract c = amended(subcontract());
        const QString text
            = printedText(ContractDocument::Kind::Amendment, c, u"amendment_st_fr.pdf"_qs);
        QVERIFY2(text.contains(u"Contrat de sous-traitance n° REL-2026-000124"_qs),
                 qPrintable(text));
        QVERIFY(text.contains(u"Avenant n° REL-2026-000124-A1"_qs));
        QVERIFY(text.contains(u"Donneur d'ordre"_qs));
        QVERIFY(!text.contains(u"lu et approuvé"_qs));
    }

    void subcontract_isTheDocumentOfASubcontract()
    {
        // The calls without a kind (the contract screen's) print the subcontract.
        const QString path = m_dir.filePath(u"main_st.pdf"_qs);
        const auto hash = ContractDocument::writePdf(subcontract(), path, QLocale(QLocale::French));
        QVERIFY2(hash.ok(), qPrintable(hash.error().toString()));
        const QString text = flat(pdfText(path));
        QVERIFY2(text.contains(u"Contrat de sous-traitance"_qs), qPrintable(text));
        QVERIFY(!text.contains(u"Convention de mise à disposition"_qs));
        QVERIFY(ContractDocument::html(subcontract(), QLocale(QLocale::French))
                    .contains(u"<title>Contrat de sous-traitance n° REL-2026-000124</title>"_qs));
    }

    // Every document: a running header with its title and number, "page x/y" in the footer.
    void everyDocument_numbersEveryPage_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("footer");
        QTest::newRow("convention")
            << int(ContractDocument::Kind::Convention) << u"mise_a_disposition"_qs
            << u"Convention de mise à disposition n° REL-2026-000123"_qs
            << u"Convention n° REL-2026-000123 — page %1/%2"_qs;
        QTest::newRow("avenant")
            << int(ContractDocument::Kind::Avenant) << u"mise_a_disposition"_qs
            << u"Avenant au contrat de travail — mise à disposition n° REL-2026-000123"_qs
            << u"Avenant — mise à disposition n° REL-2026-000123 — page %1/%2"_qs;
        QTest::newRow("subcontract")
            << int(ContractDocument::Kind::Subcontract) << u"sous_traitance"_qs
            << u"Contrat de sous-traitance n° REL-2026-000123"_qs
            << u"Contrat de sous-traitance n° REL-2026-000123 — page %1/%2"_qs;
        QTest::newRow("amendment")
            << int(ContractDocument::Kind::Amendment) << u"mise_a_disposition"_qs
            << u"Avenant n° REL-2026-000123-A1 — Convention de mise à disposition n° REL-2026-000123"_qs
            << u"Avenant n° REL-2026-000123-A1 — page %1/%2"_qs;
    }

    void everyDocument_numbersEveryPage()
    {
        QFETCH(int, kind);
        QFETCH(QString, type);
        QFETCH(QString, header);
        QFETCH(QString, footer);
        Contract c = contract();
        c.type = type;
        c.interventions.clear();
        for (int d = 0; d < 60; ++d) {
            const QDate day = QDate(2026, 11, 23).addDays(d);
            c.interventions.append(
                { u"i%1"_qs.arg(d), paris(day, QTime(8, 0)), paris(day, QTime(9, 0)) });
        }
        c.amendments = { amended(c).amendments.first() };
        const QString path = m_dir.filePath(u"pages_%1.pdf"_qs.arg(kind));
        QVERIFY(ContractDocument::writePdf(ContractDocument::Kind(kind), c, path,
                                           QLocale(QLocale::French, QLocale::France)));
        const QStringList pages = pdfText(path).split(QChar(u'\f'), Qt::SkipEmptyParts);
        QVERIFY(pages.size() >= 2);
        for (int i = 0; i < pages.size(); ++i) {
            QVERIFY2(pages.at(i).contains(footer.arg(i + 1).arg(pages.size())),
                     qPrintable(pages.at(i)));
            QVERIFY2(pages.at(i).contains(header), qPrintable(pages.at(i)));
        }
    }

    void englishLocale_printsTheEnglishAvenantAndSubcontract()
    {
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        const QString avenant = m_dir.filePath(u"avenant_en.pdf"_qs);
        QVERIFY(ContractDocument::writePdf(ContractDocument::Kind::Avenant, contract(), avenant,
                                           english));
        QString text = flat(pdfText(avenant));
        QVERIFY2(text.contains(u"Amendment to the employment contract"_qs), qPrintable(text));
        QVERIFY(text.contains(u"Monday 23 November 2026, 08:00–12:00"_qs));
        QVERIFY(text.contains(u"A refusal could not have been held against the employee"_qs));
        const QString subcontractPath = m_dir.filePath(u"st_en.pdf"_qs);
        QVERIFY(ContractDocument::writePdf(subcontract(), subcontractPath, english));
        text = flat(pdfText(subcontractPath));
        QVERIFY2(text.contains(u"Subcontract (contrat de sous-traitance)"_qs), qPrintable(text));
        QVERIFY(text.contains(u"€22.22 per hour done"_qs));
        QVERIFY(text.contains(u"article 28 of Regulation (EU) 2016/679"_qs));
    }

    void languageWithoutTemplate_printsTheFrenchTextWithFrenchDates()
    {
        const QString html
            = ContractDocument::html(contract(), QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(html.contains(u"Convention de mise à disposition de personnel"_qs));
        QVERIFY(html.contains(u"lundi 23 novembre 2026"_qs));
        QVERIFY(html.contains(u"22,22"_qs));
        QVERIFY(!html.contains(u"Montag"_qs));
    }
};

QTEST_MAIN(TestContractDocument)
#include "tst_contractdocument.moc"
