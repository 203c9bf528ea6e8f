<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Labels</name>
    <message>
        <source>DEAES</source>
        <translation>DEAES</translation>
    </message>
    <message>
        <source>DEAVS</source>
        <translation>DEAVS</translation>
    </message>
    <message>
        <source>ADVF</source>
        <translation>ADVF</translation>
    </message>
    <message>
        <source>Care assistant</source>
        <translation>Aide-soignant·e</translation>
    </message>
    <message>
        <source>No diploma</source>
        <translation>Sans diplôme</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <source>End of life</source>
        <translation>Fin de vie</translation>
    </message>
    <message>
        <source>Alzheimer&apos;s</source>
        <translation>Alzheimer</translation>
    </message>
    <message>
        <source>Cancer</source>
        <translation>Cancer</translation>
    </message>
    <message>
        <source>Nutrition</source>
        <translation>Nutrition</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Getting up</source>
        <translation>Lever</translation>
    </message>
    <message>
        <source>Washing</source>
        <translation>Aide à la toilette</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>Repas</translation>
    </message>
    <message>
        <source>Shopping</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Housework</source>
        <translation>Entretien du logement</translation>
    </message>
    <message>
        <source>Going to bed</source>
        <translation>Coucher</translation>
    </message>
    <message>
        <source>Accompanying</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>Laundry</source>
        <translation>Entretien du linge</translation>
    </message>
    <message>
        <source>Staff absence</source>
        <translation>Absence d&apos;un·e intervenant·e</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Arrêt maladie</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crise</translation>
    </message>
    <message>
        <source>Hospital discharge</source>
        <translation>Sortie d&apos;hospitalisation</translation>
    </message>
    <message>
        <source>Too much work</source>
        <translation>Surcroît d&apos;activité</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>APA</source>
        <translation>APA</translation>
    </message>
    <message>
        <source>PCH</source>
        <translation>PCH</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Staff loan (mise à disposition)</source>
        <translation>Mise à disposition</translation>
    </message>
    <message>
        <source>Subcontracting (sous-traitance)</source>
        <translation>Sous-traitance</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Offers received</source>
        <translation>Propositions reçues</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>Contrat signé</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>To be signed</source>
        <translation>À signer</translation>
    </message>
    <message>
        <source>Signed by the lending agency</source>
        <translation>Signé par la structure prêteuse</translation>
    </message>
    <message>
        <source>Signed by both agencies</source>
        <translation>Signé par les deux structures</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>More than %1 km</source>
        <translation>Plus de %1 km</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptation</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>%1 €</source>
        <translation>%1 €</translation>
    </message>
    <message>
        <source>Please fill in this field.</source>
        <translation>Veuillez remplir ce champ.</translation>
    </message>
    <message>
        <source>Add at least one intervention.</source>
        <translation>Ajoutez au moins une intervention.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Your changes are kept on this computer and will be sent when the connection is back.</source>
        <translation>Le serveur est injoignable. Vos modifications sont conservées sur cet ordinateur et seront envoyées dès le retour de la connexion.</translation>
    </message>
    <message>
        <source>The login or the password is not right. Check them and try again.</source>
        <translation>L&apos;identifiant ou le mot de passe est incorrect. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Votre compte n&apos;est pas autorisé à effectuer cette action.</translation>
    </message>
    <message>
        <source>This record no longer exists on the server.</source>
        <translation>Cet élément n&apos;existe plus sur le serveur.</translation>
    </message>
    <message>
        <source>This is no longer possible: the record changed in the meantime.</source>
        <translation>Ce n&apos;est plus possible : l&apos;élément a été modifié entre-temps.</translation>
    </message>
    <message>
        <source>Something went wrong (%1).</source>
        <translation>Une erreur est survenue (%1).</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start a demo server with sample agencies and sign in as one of their coordinators.</source>
        <translation>Démarrer un serveur de démonstration avec des structures fictives et se connecter en tant que responsable de secteur de l&apos;une d&apos;elles.</translation>
    </message>
    <message>
        <source>Relève: replacement of home-care staff between agencies.</source>
        <translation>Relève : remplacement d&apos;intervenant·e·s à domicile entre structures.</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>Démarrage du serveur de démonstration…</translation>
    </message>
    <message>
        <source>Relève demo</source>
        <translation>Démonstration de Relève</translation>
    </message>
    <message>
        <source>The demo has no coordinator account.</source>
        <translation>La démonstration ne comporte aucun compte de responsable de secteur.</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Connexion en tant que %1…</translation>
    </message>
    <message>
        <source>Signing in to the demo failed: %1</source>
        <translation>La connexion à la démonstration a échoué : %1</translation>
    </message>
    <message>
        <source>Relève</source>
        <translation>Relève</translation>
    </message>
</context>
<context>
    <name>releve::app::Client</name>
    <message>
        <source>Local data</source>
        <translation>Données locales</translation>
    </message>
</context>
<context>
    <name>releve::app::DemoServer</name>
    <message>
        <source>The demo server (releve-server) was not found next to Relève, in the build tree, or on the PATH.</source>
        <translation>Le serveur de démonstration (releve-server) est introuvable : ni à côté de Relève, ni dans l&apos;arborescence de compilation, ni dans le PATH.</translation>
    </message>
    <message>
        <source>No temporary folder could be created for the demo: %1</source>
        <translation>Impossible de créer un dossier temporaire pour la démonstration : %1</translation>
    </message>
    <message numerus="yes">
        <source>The demo server did not start within %n second(s).</source>
        <translation>
            <numerusform>Le serveur de démonstration n&apos;a pas démarré en %n seconde.</numerusform>
            <numerusform>Le serveur de démonstration n&apos;a pas démarré en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo server could not be started: %1</source>
        <translation>Impossible de démarrer le serveur de démonstration : %1</translation>
    </message>
    <message>
        <source>The demo data could not be created (exit code %1): %2</source>
        <translation>Impossible de créer les données de démonstration (code de sortie %1) : %2</translation>
    </message>
    <message>
        <source>The demo accounts could not be read: %1</source>
        <translation>Impossible de lire les comptes de démonstration : %1</translation>
    </message>
    <message>
        <source>The demo server wrote no accounts.</source>
        <translation>Le serveur de démonstration n&apos;a créé aucun compte.</translation>
    </message>
    <message>
        <source>The demo server stopped (exit code %1): %2</source>
        <translation>Le serveur de démonstration s&apos;est arrêté (code de sortie %1) : %2</translation>
    </message>
</context>
<context>
    <name>releve::contracts</name>
    <message>
        <source>The template &quot;%1&quot; for %2 is missing from this build; nothing was printed. Reinstall Relève.</source>
        <translation>Le modèle « %1 » pour %2 est absent de cette installation ; rien n&apos;a été imprimé. Réinstallez Relève.</translation>
    </message>
    <message>
        <source>The arrival time is missing.</source>
        <translation>L&apos;heure d&apos;arrivée n&apos;est pas renseignée.</translation>
    </message>
    <message>
        <source>The departure time is missing.</source>
        <translation>L&apos;heure de départ n&apos;est pas renseignée.</translation>
    </message>
    <message>
        <source>The departure must be after the arrival, within 24 hours.</source>
        <translation>Le départ doit avoir lieu après l&apos;arrivée, dans les 24 heures.</translation>
    </message>
    <message>
        <source>The kilometres must be between 0 and 2000.</source>
        <translation>Le kilométrage doit être compris entre 0 et 2000.</translation>
    </message>
    <message>
        <source>This intervention is not part of contract %1.</source>
        <translation>Cette intervention ne fait pas partie du contrat %1.</translation>
    </message>
    <message>
        <source>%1 → %2 (%3 min)</source>
        <translation>%1 → %2 (%3 min)</translation>
    </message>
    <message>
        <source>The PDF of &quot;%1&quot; could not be drawn; nothing was written. Try again, or print to a printer.</source>
        <translation>Le PDF de « %1 » n&apos;a pas pu être généré ; aucun fichier n&apos;a été écrit. Réessayez, ou imprimez sur une imprimante.</translation>
    </message>
    <message>
        <source>The document could not be saved to %1 (%2); any earlier file there is unchanged. Choose another folder or free some space.</source>
        <translation>Le document n&apos;a pas pu être enregistré dans %1 (%2) ; un éventuel fichier existant n&apos;a pas été modifié. Choisissez un autre dossier ou libérez de l&apos;espace.</translation>
    </message>
    <message>
        <source>The file is empty: no header line and no intervention. Nothing was imported.</source>
        <translation>Le fichier est vide : ni ligne d&apos;en-tête, ni intervention. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The header has no column &quot;%1&quot; (it has: %2). Nothing was imported; map the column in the import settings or export it from the time-stamping system.</source>
        <translation>L&apos;en-tête ne contient pas de colonne « %1 » (colonnes présentes : %2). Rien n&apos;a été importé ; associez la colonne dans les paramètres d&apos;import ou exportez-la depuis le logiciel d&apos;horodatage.</translation>
    </message>
    <message>
        <source>The line is not UTF-8 text; it was not imported. Export the file as UTF-8.</source>
        <translation>La ligne n&apos;est pas du texte UTF-8 ; elle n&apos;a pas été importée. Exportez le fichier en UTF-8.</translation>
    </message>
    <message>
        <source>The line has %1 field(s) and no column &quot;%2&quot;; it was not imported.</source>
        <translation>La ligne compte %1 champ(s) et aucune colonne « %2 » ; elle n&apos;a pas été importée.</translation>
    </message>
    <message>
        <source>The date is missing (%1 expected).</source>
        <translation>La date n&apos;est pas renseignée (format attendu : %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (%2 expected).</source>
        <translation>« %1 » n&apos;est pas une date (format attendu : %2).</translation>
    </message>
    <message>
        <source>The time is missing (%1 expected).</source>
        <translation>L&apos;heure n&apos;est pas renseignée (format attendu : %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (%2 expected).</source>
        <translation>« %1 » n&apos;est pas une heure (format attendu : %2).</translation>
    </message>
    <message>
        <source>%1 does not exist on %2 (the clocks changed).</source>
        <translation>%1 n&apos;existe pas le %2 (changement d&apos;heure).</translation>
    </message>
    <message>
        <source>The departure %1 is not after the arrival %2.</source>
        <translation>Le départ (%1) n&apos;est pas postérieur à l&apos;arrivée (%2).</translation>
    </message>
    <message>
        <source>The departure is more than 24 hours after the arrival.</source>
        <translation>Le départ a lieu plus de 24 heures après l&apos;arrivée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a distance in kilometres between 0 and 2000.</source>
        <translation>« %1 » n&apos;est pas une distance en kilomètres comprise entre 0 et 2000.</translation>
    </message>
    <message>
        <source>No contract numbered %1 is among those imported.</source>
        <translation>Aucun des contrats importés ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>No contracted intervention has the reference %1.</source>
        <translation>Aucune intervention sous contrat ne porte la référence %1.</translation>
    </message>
    <message>
        <source>No contracted intervention on %1 near %2–%3.</source>
        <translation>Aucune intervention sous contrat le %1 autour de %2–%3.</translation>
    </message>
    <message>
        <source>%1 contracted interventions on %2 match %3–%4 equally; add the intervention or contract column.</source>
        <translation>%1 interventions sous contrat le %2 correspondent aussi bien à %3–%4 ; ajoutez la colonne intervention ou contrat.</translation>
    </message>
    <message>
        <source>Line %1 already gave the hours of this intervention; this line was not imported.</source>
        <translation>La ligne %1 indique déjà les heures de cette intervention ; cette ligne n&apos;a pas été importée.</translation>
    </message>
</context>
<context>
    <name>releve::geo::Geocoder</name>
    <message>
        <source>Type at least three characters of the address, starting with a number or a letter.</source>
        <translation>Saisissez au moins trois caractères de l&apos;adresse, en commençant par un chiffre ou une lettre.</translation>
    </message>
    <message>
        <source>This point has no valid coordinates.</source>
        <translation>Ce point n&apos;a pas de coordonnées valides.</translation>
    </message>
    <message>
        <source>Addresses cannot be looked up without the address server. Place the pin on the map by hand.</source>
        <translation>Impossible de rechercher une adresse sans le serveur d&apos;adresses. Placez le repère sur la carte à la main.</translation>
    </message>
    <message>
        <source>You can place the pin on the map by hand.</source>
        <translation>Vous pouvez placer le repère sur la carte à la main.</translation>
    </message>
    <message>
        <source>The address server did not answer in time.</source>
        <translation>Le serveur d&apos;adresses n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The address server did not accept this text. Check the address.</source>
        <translation>Le serveur d&apos;adresses n&apos;a pas accepté ce texte. Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>The address server cannot be reached: you may be offline.</source>
        <translation>Le serveur d&apos;adresses est injoignable : vous êtes peut-être hors connexion.</translation>
    </message>
    <message>
        <source>The address server is busy (too many requests). Try again in a moment.</source>
        <translation>Le serveur d&apos;adresses est surchargé (trop de requêtes). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The address server answered with an error (HTTP %1).</source>
        <translation>Le serveur d&apos;adresses a répondu par une erreur (HTTP %1).</translation>
    </message>
    <message>
        <source>The address server&apos;s answer cannot be read. Check the server address in the settings.</source>
        <translation>La réponse du serveur d&apos;adresses est illisible. Vérifiez l&apos;adresse du serveur dans les paramètres.</translation>
    </message>
</context>
<context>
    <name>releve::geo::OsrmClient</name>
    <message>
        <source>No network access for the routing service: travel is estimated from straight-line distances.</source>
        <translation>Pas d&apos;accès réseau pour le service d&apos;itinéraires : les trajets sont estimés à vol d&apos;oiseau.</translation>
    </message>
    <message>
        <source>Travel is estimated from straight-line distances instead.</source>
        <translation>Les trajets sont estimés à vol d&apos;oiseau à la place.</translation>
    </message>
    <message>
        <source>The routing service did not answer within %1 s.</source>
        <translation>Le service d&apos;itinéraires n&apos;a pas répondu en %1 s.</translation>
    </message>
    <message>
        <source>The routing service refused the request (HTTP %1, %2: %3).</source>
        <translation>Le service d&apos;itinéraires a refusé la requête (HTTP %1, %2 : %3).</translation>
    </message>
    <message>
        <source>The routing service could not be reached (%1).</source>
        <translation>Le service d&apos;itinéraires est injoignable (%1).</translation>
    </message>
    <message>
        <source>The routing service&apos;s answer is not a travel table with durations and distances.</source>
        <translation>La réponse du service d&apos;itinéraires n&apos;est pas un tableau de trajets avec durées et distances.</translation>
    </message>
</context>
<context>
    <name>releve::matching</name>
    <message>
        <source>Covers more interventions than the next candidate.</source>
        <translation>Couvre plus d&apos;interventions que le profil suivant.</translation>
    </message>
    <message>
        <source>Already came to this person, unlike the next candidate (continuity of care).</source>
        <translation>Déjà intervenu·e chez cette personne, contrairement au profil suivant (continuité de la prise en charge).</translation>
    </message>
    <message>
        <source>Nearer to the mission than the next candidate.</source>
        <translation>Plus proche de la mission que le profil suivant.</translation>
    </message>
    <message>
        <source>Its availability was confirmed within the last %1 days, unlike that of the next candidate, who is as near once distances are rounded to %2 km.</source>
        <translation>Sa disponibilité a été confirmée au cours des %1 derniers jours, contrairement à celle du profil suivant, aussi proche une fois les distances arrondies à %2 km.</translation>
    </message>
    <message>
        <source>Has had less recent replacement work than the next candidate, who is as near once distances are rounded to %1 km (fairness between workers).</source>
        <translation>A effectué moins de remplacements récemment que le profil suivant, aussi proche une fois les distances arrondies à %1 km (équité entre intervenant·e·s).</translation>
    </message>
    <message>
        <source>Its agency was chosen less recently than that of the next candidate, who is as close (to within %1 km).</source>
        <translation>Sa structure a été retenue moins récemment que celle du profil suivant, aussi proche (à %1 km près).</translation>
    </message>
    <message>
        <source>Its qualification fits the personal care needed better than that of the next candidate, who is as close (to within %1 km).</source>
        <translation>Sa qualification correspond mieux aux soins à la personne demandés que celle du profil suivant, aussi proche (à %1 km près).</translation>
    </message>
    <message>
        <source>Holds a qualification, unlike the next candidate, who is as close (to within %1 km).</source>
        <translation>Possède une qualification, contrairement au profil suivant, aussi proche (à %1 km près).</translation>
    </message>
    <message>
        <source>Ranked after a candidate who covers more interventions.</source>
        <translation>Classé·e après un profil qui couvre plus d&apos;interventions.</translation>
    </message>
    <message>
        <source>Ranked after a candidate who already came to this person (continuity of care).</source>
        <translation>Classé·e après un profil déjà intervenu chez cette personne (continuité de la prise en charge).</translation>
    </message>
    <message>
        <source>Ranked after a nearer candidate.</source>
        <translation>Classé·e après un profil plus proche.</translation>
    </message>
    <message>
        <source>Ranked after a candidate as near once distances are rounded to %2 km, whose availability was confirmed within the last %1 days.</source>
        <translation>Classé·e après un profil aussi proche une fois les distances arrondies à %2 km, dont la disponibilité a été confirmée au cours des %1 derniers jours.</translation>
    </message>
    <message>
        <source>Ranked after a candidate as near once distances are rounded to %1 km who has had less recent replacement work (fairness between workers).</source>
        <translation>Classé·e après un profil aussi proche une fois les distances arrondies à %1 km, qui a effectué moins de remplacements récemment (équité entre intervenant·e·s).</translation>
    </message>
    <message>
        <source>Ranked after a candidate as close (to within %1 km) whose agency was chosen less recently.</source>
        <translation>Classé·e après un profil aussi proche (à %1 km près) dont la structure a été retenue moins récemment.</translation>
    </message>
    <message>
        <source>Ranked after a candidate as close (to within %1 km) whose qualification fits the personal care needed better.</source>
        <translation>Classé·e après un profil aussi proche (à %1 km près) dont la qualification correspond mieux aux soins à la personne demandés.</translation>
    </message>
    <message>
        <source>Ranked after a qualified candidate as close (to within %1 km).</source>
        <translation>Classé·e après un profil qualifié aussi proche (à %1 km près).</translation>
    </message>
    <message numerus="yes">
        <source>Availability last confirmed on %1, %n days before the ranking: more than %2 days ago, so it may be out of date.</source>
        <translation>
            <numerusform>Disponibilité confirmée pour la dernière fois le %1, %n jour avant le classement : plus de %2 jours, elle n&apos;est peut-être plus à jour.</numerusform>
            <numerusform>Disponibilité confirmée pour la dernière fois le %1, %n jours avant le classement : plus de %2 jours, elle n&apos;est peut-être plus à jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>Availability confirmed by its coordinator on %1, the day of the ranking.</source>
        <translation>Disponibilité confirmée par le ou la responsable de secteur le %1, le jour du classement.</translation>
    </message>
    <message>
        <source>Availability confirmed by its coordinator on %1, the day before the ranking.</source>
        <translation>Disponibilité confirmée par le ou la responsable de secteur le %1, la veille du classement.</translation>
    </message>
    <message numerus="yes">
        <source>Availability confirmed by its coordinator on %1, %n days before the ranking.</source>
        <translation>
            <numerusform>Disponibilité confirmée par le ou la responsable de secteur le %1, %n jour avant le classement.</numerusform>
            <numerusform>Disponibilité confirmée par le ou la responsable de secteur le %1, %n jours avant le classement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Covers the request&apos;s only intervention.</source>
        <translation>Couvre l&apos;unique intervention de la demande.</translation>
    </message>
    <message numerus="yes">
        <source>Covers all %n interventions of the request.</source>
        <translation>
            <numerusform>Couvre toute la demande (%n intervention).</numerusform>
            <numerusform>Couvre les %n interventions de la demande.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Covers %1 of the %n interventions; not free for the others.</source>
        <translation>
            <numerusform>Couvre %1 sur %n intervention ; indisponible pour les autres.</numerusform>
            <numerusform>Couvre %1 des %n interventions ; indisponible pour les autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 from the mission by road (measured on the road network), within its own %2 km limit and the request&apos;s %3 km radius.</source>
        <translation>À environ %1 de la mission par la route (mesuré sur le réseau routier), dans sa propre limite de %2 km et dans le rayon de %3 km de la demande.</translation>
    </message>
    <message>
        <source>About %1 from the mission by road, within its own %2 km limit and the request&apos;s %3 km radius.</source>
        <translation>À environ %1 de la mission par la route, dans sa propre limite de %2 km et dans le rayon de %3 km de la demande.</translation>
    </message>
    <message>
        <source>Its coordinator has never confirmed its availability, so it may be out of date.</source>
        <translation>Disponibilité jamais confirmée par le ou la responsable de secteur : elle n&apos;est peut-être plus à jour.</translation>
    </message>
    <message>
        <source>Already came to this person for an earlier replacement (continuity of care).</source>
        <translation>Déjà intervenu·e chez cette personne lors d&apos;un précédent remplacement (continuité de la prise en charge).</translation>
    </message>
    <message>
        <source>Cannot reach one intervention in time from or to its neighbouring commitments.</source>
        <translation>Ne peut pas assurer à temps une intervention, compte tenu des trajets depuis ou vers ses engagements voisins.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot reach %n interventions in time from or to its neighbouring commitments.</source>
        <translation>
            <numerusform>Ne peut pas assurer à temps %n intervention, compte tenu des trajets depuis ou vers ses engagements voisins.</numerusform>
            <numerusform>Ne peut pas assurer à temps %n interventions, compte tenu des trajets depuis ou vers ses engagements voisins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One of the %n workers who together cover every intervention that can be covered.</source>
        <translation>
            <numerusform>Seul·e intervenant·e (%n) à couvrir toutes les interventions pouvant l&apos;être.</numerusform>
            <numerusform>L&apos;un·e des %n intervenant·e·s qui, ensemble, couvrent toutes les interventions pouvant l&apos;être.</numerusform>
        </translation>
    </message>
    <message>
        <source>The only eligible candidate.</source>
        <translation>Seul profil éligible.</translation>
    </message>
    <message>
        <source>Equal with a neighbour on every criterion: their order comes from a fixed draw on the request and the worker, never from who asks.</source>
        <translation>À égalité avec un profil voisin sur tous les critères : leur ordre résulte d&apos;un tirage fixe fondé sur la demande et l&apos;intervenant·e, jamais sur la personne qui consulte.</translation>
    </message>
    <message>
        <source>Works for the requesting structure, whose own staff were not asked for.</source>
        <translation>Travaille pour la structure demandeuse, dont le personnel n&apos;est pas sollicité.</translation>
    </message>
    <message>
        <source>Its structure does not share staff.</source>
        <translation>Sa structure ne partage pas son personnel.</translation>
    </message>
    <message>
        <source>Not active.</source>
        <translation>Pas en activité.</translation>
    </message>
    <message>
        <source>Has not agreed to be proposed to other structures.</source>
        <translation>N&apos;a pas accepté d&apos;être proposé·e à d&apos;autres structures.</translation>
    </message>
    <message>
        <source>Lacks a required skill: %1.</source>
        <translation>Compétence requise manquante : %1.</translation>
    </message>
    <message>
        <source>No home point is recorded, so the travel distance is unknown.</source>
        <translation>Aucun point de domicile enregistré : la distance de trajet est inconnue.</translation>
    </message>
    <message>
        <source>The request has no mission location, so no travel distance can be computed.</source>
        <translation>La demande n&apos;a pas de lieu de mission : aucune distance de trajet ne peut être calculée.</translation>
    </message>
    <message>
        <source>%1 km by road from the mission, beyond its own %2 km limit.</source>
        <translation>À %1 km de la mission par la route, au-delà de sa propre limite de %2 km.</translation>
    </message>
    <message>
        <source>%1 km by road from the mission, beyond the request&apos;s %2 km radius.</source>
        <translation>À %1 km de la mission par la route, au-delà du rayon de %2 km de la demande.</translation>
    </message>
    <message>
        <source>Free for none of the interventions (outside its availability: %1, absent: %2, already committed: %3, no time to travel from or to its neighbouring commitments: %4, over its weekly hours ceiling: %5).</source>
        <translation>Libre pour aucune des interventions (hors disponibilités : %1, absence : %2, déjà engagé·e : %3, pas le temps de trajet depuis ou vers ses engagements voisins : %4, au-delà de son plafond d&apos;heures hebdomadaire : %5).</translation>
    </message>
</context>
<context>
    <name>releve::rules</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Jour de l&apos;an</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Lundi de Pâques</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Fête du Travail</translation>
    </message>
    <message>
        <source>Victory in Europe Day</source>
        <translation>Victoire 1945</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Ascension</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Lundi de Pentecôte</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>Fête nationale</translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation>Assomption</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>Toussaint</translation>
    </message>
    <message>
        <source>Armistice Day</source>
        <translation>Armistice 1918</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Noël</translation>
    </message>
    <message>
        <source>St Stephen&apos;s Day</source>
        <translation>Saint-Étienne</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Vendredi saint</translation>
    </message>
    <message>
        <source>On %1 the allowance is suspended: the hospital stay started on %2 and its first 30 days ended on %3 (CASF R232-32). It resumes from the first day of the month of discharge.</source>
        <translation>Le %1, l&apos;allocation est suspendue : l&apos;hospitalisation a commencé le %2 et ses 30 premiers jours ont pris fin le %3 (CASF R232-32). Elle reprend à compter du premier jour du mois de la sortie.</translation>
    </message>
    <message>
        <source>On %1 the beneficiary is in hospital (day %2 of the 30 during which the allowance is kept): only hours approved by the département, such as laundry or shopping before the return home, may be delivered.</source>
        <translation>Le %1, la personne bénéficiaire est hospitalisée (jour %2 sur les 30 pendant lesquels l&apos;allocation est maintenue) : seules les heures autorisées par le département, comme l&apos;entretien du linge ou les courses avant le retour à domicile, peuvent être effectuées.</translation>
    </message>
    <message>
        <source>On %1 the beneficiary is in hospital: only hours approved by the département may be delivered.</source>
        <translation>Le %1, la personne bénéficiaire est hospitalisée : seules les heures autorisées par le département peuvent être effectuées.</translation>
    </message>
    <message>
        <source>%1–%2 is outside the working amplitude of the structure (%3–%4).</source>
        <translation>%1–%2 est en dehors de l&apos;amplitude horaire de la structure (%3–%4).</translation>
    </message>
    <message>
        <source>The intervention lasts %1 min, less than the minimum of %2 min.</source>
        <translation>L&apos;intervention dure %1 min, moins que le minimum de %2 min.</translation>
    </message>
    <message>
        <source>%1 is a public holiday (%2).</source>
        <translation>Le %1 est un jour férié (%2).</translation>
    </message>
    <message>
        <source>%1 is a Sunday.</source>
        <translation>Le %1 est un dimanche.</translation>
    </message>
    <message>
        <source>%1 %2–%3 overlaps other work of the worker (%4–%5).</source>
        <translation>Le %1, %2–%3 chevauche un autre engagement de l&apos;intervenant·e (%4–%5).</translation>
    </message>
    <message>
        <source>On %1 the working day spans %2, more than %3.</source>
        <translation>Le %1, l&apos;amplitude de la journée de travail est de %2, au-delà de %3.</translation>
    </message>
    <message>
        <source>Only %1 of rest between %2 and %3, less than the daily rest of %4.</source>
        <translation>Seulement %1 de repos entre le %2 et le %3, moins que le repos quotidien de %4.</translation>
    </message>
    <message>
        <source>%1 working days in a row, from %2 to %3: at most %4 are allowed.</source>
        <translation>%1 jours travaillés consécutifs, du %2 au %3 : %4 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>The week of %1 totals %2, above the worker&apos;s ceiling of %3.</source>
        <translation>La semaine du %1 totalise %2, au-delà du plafond de %3 de l&apos;intervenant·e.</translation>
    </message>
</context>
<context>
    <name>releve::store::LocalStore</name>
    <message>
        <source>The local cache could not be written (%1). Nothing was changed; try again, and restart Relève if it persists.</source>
        <translation>Le cache local n&apos;a pas pu être écrit (%1). Rien n&apos;a été modifié ; réessayez, et redémarrez Relève si le problème persiste.</translation>
    </message>
    <message>
        <source>This slot overlaps another slot of the same staff member (%1 – %2). Change its times or edit the other slot.</source>
        <translation>Ce créneau chevauche un autre créneau de la même personne (%1 – %2). Changez ses horaires ou modifiez l&apos;autre créneau.</translation>
    </message>
    <message>
        <source>The folder of the local cache %1 could not be created. Check that the disk is writable, then start Relève again.</source>
        <translation>Le dossier du cache local %1 n&apos;a pas pu être créé. Vérifiez que le disque est accessible en écriture, puis relancez Relève.</translation>
    </message>
    <message>
        <source>The local cache %1 could not be opened. Check that the file is not used by another program and that the disk is writable.</source>
        <translation>Le cache local %1 n&apos;a pas pu être ouvert. Vérifiez que le fichier n&apos;est pas utilisé par un autre programme et que le disque est accessible en écriture.</translation>
    </message>
    <message>
        <source>The local cache %1 was written by a newer version of Relève. It was left untouched; install that version again to send its changes.</source>
        <translation>Le cache local %1 a été écrit par une version plus récente de Relève. Il n&apos;a pas été modifié ; réinstallez cette version pour envoyer ses modifications.</translation>
    </message>
    <message>
        <source>The local cache %1 is damaged and could not be moved aside. Move or rename it, then start Relève again.</source>
        <translation>Le cache local %1 est endommagé et n&apos;a pas pu être mis de côté. Déplacez-le ou renommez-le, puis relancez Relève.</translation>
    </message>
    <message>
        <source>The local cache %1 was damaged and set aside as %2, but a new one could not be created. Check that the disk is writable.</source>
        <translation>Le cache local %1 était endommagé et a été mis de côté sous le nom %2, mais un nouveau cache n&apos;a pas pu être créé. Vérifiez que le disque est accessible en écriture.</translation>
    </message>
    <message>
        <source>No unsent change could be read from it.</source>
        <translation>Aucune modification non envoyée n&apos;a pu y être lue.</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s) were recovered from it and will be sent.</source>
        <translation>
            <numerusform>%n modification non envoyée y a été récupérée et sera envoyée.</numerusform>
            <numerusform>%n modifications non envoyées y ont été récupérées et seront envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The local cache %1 was damaged. It was set aside as %2 and a fresh cache was created; %3 The data from the server will be downloaded again at the next synchronisation.</source>
        <translation>Le cache local %1 était endommagé. Il a été mis de côté sous le nom %2 et un nouveau cache a été créé ; %3 Les données du serveur seront de nouveau téléchargées à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The local cache %1 could not be prepared. Check that the disk is writable, then start Relève again.</source>
        <translation>Le cache local %1 n&apos;a pas pu être préparé. Vérifiez que le disque est accessible en écriture, puis relancez Relève.</translation>
    </message>
    <message>
        <source>The local cache is not open.</source>
        <translation>Le cache local n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Cet élément n&apos;existe plus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command.</source>
        <translation>« %1 » n&apos;est pas une commande.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; applies to a %2, not to a %3.</source>
        <translation>La commande « %1 » s&apos;applique à un élément « %2 », pas « %3 ».</translation>
    </message>
    <message>
        <source>The record&apos;s identifier is not valid.</source>
        <translation>L&apos;identifiant de l&apos;élément n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>A proposal needs a request and a staff member.</source>
        <translation>Une proposition nécessite une demande et un·e intervenant·e.</translation>
    </message>
    <message>
        <source>The command is too long.</source>
        <translation>La commande est trop longue.</translation>
    </message>
    <message>
        <source>This change is no longer waiting for a decision.</source>
        <translation>Cette modification n&apos;attend plus de décision.</translation>
    </message>
    <message>
        <source>A corrected command must stay the same command.</source>
        <translation>Une commande corrigée doit rester la même commande.</translation>
    </message>
    <message>
        <source>This conflict was already resolved.</source>
        <translation>Ce conflit a déjà été résolu.</translation>
    </message>
</context>
<context>
    <name>releve::sync::ApiClient</name>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le serveur n&apos;a pas répondu en %n seconde.</numerusform>
            <numerusform>Le serveur n&apos;a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server could not be reached (%1).</source>
        <translation>Le serveur est injoignable (%1).</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>Le serveur a répondu par une erreur (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>releve::sync::CredentialStore</name>
    <message>
        <source>No saved credentials.</source>
        <translation>Aucun identifiant enregistré.</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1). Your password will be asked for at the next start.</source>
        <translation>Le trousseau du système n&apos;a pas pu être utilisé (%1). Votre mot de passe vous sera demandé au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>releve::sync::Session</name>
    <message>
        <source>The server address is not valid; it looks like https://releve.example.org.</source>
        <translation>L&apos;adresse du serveur n&apos;est pas valide ; elle est de la forme https://releve.example.org.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation>La réponse du serveur est incompréhensible.</translation>
    </message>
    <message>
        <source>The login or the password is not right. Check them and try again.</source>
        <translation>L&apos;identifiant ou le mot de passe est incorrect. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <source>The session has ended. Sign in again; your changes are kept on this computer.</source>
        <translation>La session a pris fin. Reconnectez-vous ; vos modifications sont conservées sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>releve::sync::SyncEngine</name>
    <message numerus="yes">
        <source>The server no longer has %n record(s) that this computer shows (it may have been restored from an older backup). Nothing was removed; confirm to remove them here too, or ask your platform administrator first. Your own changes are kept and still sent.</source>
        <translation>
            <numerusform>Le serveur n&apos;a plus %n élément que cet ordinateur affiche (il a peut-être été restauré à partir d&apos;une sauvegarde plus ancienne). Rien n&apos;a été supprimé ; confirmez pour le supprimer ici aussi, ou consultez d&apos;abord l&apos;administrateur de votre plateforme. Vos propres modifications sont conservées et seront quand même envoyées.</numerusform>
            <numerusform>Le serveur n&apos;a plus %n éléments que cet ordinateur affiche (il a peut-être été restauré à partir d&apos;une sauvegarde plus ancienne). Rien n&apos;a été supprimé ; confirmez pour les supprimer ici aussi, ou consultez d&apos;abord l&apos;administrateur de votre plateforme. Vos propres modifications sont conservées et seront quand même envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused this change.</source>
        <translation>Le serveur a refusé cette modification.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation>La réponse du serveur est incompréhensible.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to send your changes; they are kept on this computer.</source>
        <translation>Votre session a pris fin. Reconnectez-vous pour envoyer vos modifications ; elles sont conservées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable.</source>
        <translation>Le serveur est momentanément indisponible.</translation>
    </message>
    <message>
        <source>%1 Your changes are kept on this computer and will be sent when the server can be reached.</source>
        <translation>%1 Vos modifications sont conservées sur cet ordinateur et seront envoyées dès que le serveur sera joignable.</translation>
    </message>
    <message>
        <source>The server refused to synchronise (%1). Your changes are kept on this computer; synchronisation will be tried again.</source>
        <translation>Le serveur a refusé la synchronisation (%1). Vos modifications sont conservées sur cet ordinateur ; la synchronisation sera relancée.</translation>
    </message>
</context>
<context>
    <name>releve::ui::AvailabilityDelegate</name>
    <message>
        <source>Absent %1</source>
        <translation>Absence %1</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n autre</numerusform>
            <numerusform>+ %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>releve::ui::CandidateModel</name>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>All %n intervention(s)</source>
        <translation>
            <numerusform>La totalité : %n intervention</numerusform>
            <numerusform>La totalité : %n interventions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n intervention(s)</source>
        <translation>
            <numerusform>%1 sur %n intervention</numerusform>
            <numerusform>%1 sur %n interventions</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Worker and agency</source>
        <translation>Intervenant·e et structure</translation>
    </message>
    <message>
        <source>Qualification and skills</source>
        <translation>Qualification et compétences</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Couvre</translation>
    </message>
    <message>
        <source>Why this rank</source>
        <translation>Pourquoi ce rang</translation>
    </message>
</context>
<context>
    <name>releve::ui::ContractListModel</name>
    <message>
        <source>Lent to %1</source>
        <translation>Prêté·e à %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Venant de %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Intervenant·e</translation>
    </message>
    <message>
        <source>Other agency</source>
        <translation>Autre structure</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
</context>
<context>
    <name>releve::ui::ContractsView</name>
    <message>
        <source>Print contract…</source>
        <translation>Imprimer le contrat…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Open request</source>
        <translation>Ouvrir la demande</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <source>Preview the convention and print it for signature</source>
        <translation>Afficher l&apos;aperçu de la convention et l&apos;imprimer pour signature</translation>
    </message>
    <message>
        <source>Save the convention as a PDF file</source>
        <translation>Enregistrer la convention au format PDF</translation>
    </message>
    <message>
        <source>The convention as it will be printed</source>
        <translation>La convention telle qu&apos;elle sera imprimée</translation>
    </message>
    <message>
        <source>No contract selected. A contract appears here when a proposal is accepted.</source>
        <translation>Aucun contrat sélectionné. Un contrat apparaît ici lorsqu&apos;une proposition est acceptée.</translation>
    </message>
    <message>
        <source>This contract cannot be shown: %1</source>
        <translation>Ce contrat ne peut pas être affiché : %1</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Contrat %1</translation>
    </message>
    <message>
        <source>%1 (%2) lent to %3</source>
        <translation>%1 (%2), prêté·e à %3</translation>
    </message>
    <message>
        <source>%1 (%2) from %3</source>
        <translation>%1 (%2), venant de %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n intervention(s), %3 · %4 per hour</source>
        <translation>
            <numerusform>%1 · %2 · %n intervention, %3 · %4 de l&apos;heure</numerusform>
            <numerusform>%1 · %2 · %n interventions, %3 · %4 de l&apos;heure</numerusform>
        </translation>
    </message>
    <message>
        <source>Print contract %1</source>
        <translation>Imprimer le contrat %1</translation>
    </message>
    <message>
        <source>Export contract as PDF</source>
        <translation>Exporter le contrat en PDF</translation>
    </message>
    <message>
        <source>Contract %1.pdf</source>
        <translation>Contrat %1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>Le PDF n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>releve::ui::ErrorLabel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>releve::ui::LocationPicker</name>
    <message>
        <source>Address, e.g. 4 place du Champ de Foire, Bourganeuf</source>
        <translation>Adresse, par ex. 4 place du Champ de Foire, Bourganeuf</translation>
    </message>
    <message>
        <source>Type the address, or click the map to put the pin by hand.</source>
        <translation>Saisissez l&apos;adresse, ou cliquez sur la carte pour placer le repère à la main.</translation>
    </message>
    <message>
        <source>No address server is set: click the map to put the pin.</source>
        <translation>Aucun serveur d&apos;adresses n&apos;est configuré : cliquez sur la carte pour placer le repère.</translation>
    </message>
    <message>
        <source>No address found. Check the spelling, or click the map to put the pin by hand.</source>
        <translation>Aucune adresse trouvée. Vérifiez l&apos;orthographe, ou cliquez sur la carte pour placer le repère à la main.</translation>
    </message>
    <message>
        <source>Choose the address (found earlier, shown without network).</source>
        <translation>Choisissez l&apos;adresse (trouvée précédemment, affichée sans réseau).</translation>
    </message>
    <message>
        <source>Choose the address, then move the pin if the place is not exact.</source>
        <translation>Choisissez l&apos;adresse, puis déplacez le repère si l&apos;emplacement n&apos;est pas exact.</translation>
    </message>
    <message>
        <source>Move the pin if the place is not exact.</source>
        <translation>Déplacez le repère si l&apos;emplacement n&apos;est pas exact.</translation>
    </message>
    <message>
        <source>Pin placed by hand.</source>
        <translation>Repère placé à la main.</translation>
    </message>
    <message>
        <source>Pin placed by hand. Nearest address: %1</source>
        <translation>Repère placé à la main. Adresse la plus proche : %1</translation>
    </message>
</context>
<context>
    <name>releve::ui::MainWindow</name>
    <message>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <source>Relève</source>
        <translation>Relève</translation>
    </message>
    <message>
        <source>Loading your agency…</source>
        <translation>Chargement de votre structure…</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again to send your changes; they are kept on this computer meanwhile.</source>
        <translation>Votre session a expiré. Reconnectez-vous pour envoyer vos modifications ; d&apos;ici là, elles sont conservées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Planning</source>
        <translation>&amp;Planning</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>&amp;Demandes</translation>
    </message>
    <message>
        <source>&amp;Contracts</source>
        <translation>&amp;Contrats</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Relève</source>
        <translation>À &amp;propos de Relève</translation>
    </message>
    <message>
        <source>About Relève</source>
        <translation>À propos de Relève</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Relève %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Replacement of home-care staff between agencies of a territory.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Relève %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Remplacement d&apos;intervenant·e·s à domicile entre les structures d&apos;un territoire.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — Relève</source>
        <translation>%1 — Relève</translation>
    </message>
    <message>
        <source>Map of requests, staff and partner structures</source>
        <translation>Carte des demandes, des intervenant·e·s et des structures partenaires</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Add an offline map pack</source>
        <translation>Ajouter un fond de carte hors connexion</translation>
    </message>
    <message>
        <source>Offline map packs (*.mbtiles)</source>
        <translation>Fonds de carte hors connexion (*.mbtiles)</translation>
    </message>
    <message>
        <source>Offline map pack</source>
        <translation>Fond de carte hors connexion</translation>
    </message>
    <message>
        <source>This file cannot be used as an offline map pack: %1
Nothing was changed; choose an MBTiles file made for raster tiles.</source>
        <translation>Ce fichier ne peut pas servir de fond de carte hors connexion : %1
Rien n&apos;a été modifié ; choisissez un fichier MBTiles de tuiles raster.</translation>
    </message>
    <message>
        <source>Offline map pack &quot;%1&quot; added: the map works there without network.</source>
        <translation>Fond de carte hors connexion « %1 » ajouté : la carte y fonctionne sans réseau.</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <source>Add an &amp;offline map pack…</source>
        <translation>Ajouter un fond de carte &amp;hors connexion…</translation>
    </message>
</context>
<context>
    <name>releve::ui::MapView</name>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Zoom arrière (−)</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Calques</translation>
    </message>
    <message>
        <source>Choose what the map shows</source>
        <translation>Choisir ce qu&apos;affiche la carte</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>My staff</source>
        <translation>Mes intervenant·e·s</translation>
    </message>
    <message>
        <source>Structures</source>
        <translation>Structures</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidat·e·s</translation>
    </message>
    <message>
        <source>No map background here while offline. The markers are still shown.</source>
        <translation>Pas de fond de carte ici hors connexion. Les marqueurs restent affichés.</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>The place: drag the pin to move it</source>
        <translation>Le lieu : faites glisser le repère pour le déplacer</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>Le lieu</translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff members</source>
        <translation>
            <numerusform>%n intervenant·e</numerusform>
            <numerusform>%n intervenant·e·s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n structures</source>
        <translation>
            <numerusform>%n structure</numerusform>
            <numerusform>%n structures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidates</source>
        <translation>
            <numerusform>%n candidat·e</numerusform>
            <numerusform>%n candidat·e·s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation>Cliquez pour zoomer</translation>
    </message>
</context>
<context>
    <name>releve::ui::PlanningModel</name>
    <message>
        <source>Conflict to resolve</source>
        <translation>Conflit à résoudre</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refusé par le serveur</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n modification à envoyer</numerusform>
            <numerusform>%n modifications à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Absent %1</source>
        <translation>Absence %1</translation>
    </message>
    <message>
        <source>(not sent yet)</source>
        <translation>(pas encore envoyé)</translation>
    </message>
    <message>
        <source>(refused by the server)</source>
        <translation>(refusé par le serveur)</translation>
    </message>
    <message>
        <source>(conflict)</source>
        <translation>(conflit)</translation>
    </message>
    <message>
        <source>No availability</source>
        <translation>Aucune disponibilité</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Intervenant·e</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
</context>
<context>
    <name>releve::ui::PlanningView</name>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Add slot…</source>
        <translation>Ajouter un créneau…</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <source>Add an availability or an absence for the selected staff member</source>
        <translation>Ajouter une disponibilité ou une absence pour l&apos;intervenant·e sélectionné·e</translation>
    </message>
    <message>
        <source>Planning of the week</source>
        <translation>Planning de la semaine</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>Not sent to the server yet</source>
        <translation>Pas encore envoyé au serveur</translation>
    </message>
    <message>
        <source>Double-click a day to add or change a slot. Times are local (Paris).</source>
        <translation>Double-cliquez sur un jour pour ajouter ou modifier un créneau. Heures locales (Paris).</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Week %1 · %2</source>
        <translation>Semaine %1 · %2</translation>
    </message>
    <message>
        <source>Add slot on %1…</source>
        <translation>Ajouter un créneau le %1…</translation>
    </message>
    <message>
        <source>Change absence %1…</source>
        <translation>Modifier l&apos;absence %1…</translation>
    </message>
    <message>
        <source>Change availability %1…</source>
        <translation>Modifier la disponibilité %1…</translation>
    </message>
</context>
<context>
    <name>releve::ui::ProposalModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>My agency</source>
        <translation>Ma structure</translation>
    </message>
    <message>
        <source>%1 refused by the server: %2</source>
        <translation>%1 — refus du serveur : %2</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>En attente de confirmation</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Refusée par le serveur : %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n intervention(s)</source>
        <translation>
            <numerusform>La totalité : %n intervention</numerusform>
            <numerusform>La totalité : %n interventions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Attention : %1</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Intervenant·e</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Couvre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>releve::ui::ProposeStaffDialog</name>
    <message>
        <source>Propose one of my staff</source>
        <translation>Proposer un·e de mes intervenant·e·s</translation>
    </message>
    <message numerus="yes">
        <source>Request in %1, %n intervention(s). Skills required: %2.</source>
        <translation>
            <numerusform>Demande à %1, %n intervention. Compétences requises : %2.</numerusform>
            <numerusform>Demande à %1, %n interventions. Compétences requises : %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The requesting agency sees a pseudonym, the qualification, the skills and a distance band. The name appears only on the contract.</source>
        <translation>La structure demandeuse voit un pseudonyme, la qualification, les compétences et une tranche de distance. Le nom n&apos;apparaît que sur le contrat.</translation>
    </message>
    <message>
        <source>Staff who agreed to be proposed</source>
        <translation>Intervenant·e·s ayant accepté d&apos;être proposé·e·s</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Intervenant·e</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Does not have every required skill</source>
        <translation>N&apos;a pas toutes les compétences requises</translation>
    </message>
    <message>
        <source>Note for the requesting agency</source>
        <translation>Remarque pour la structure demandeuse</translation>
    </message>
    <message>
        <source>Optional note for the requesting agency</source>
        <translation>Remarque facultative pour la structure demandeuse</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>None of your staff has agreed to be proposed to other agencies. Record their consent in their staff file first.</source>
        <translation>Aucun·e de vos intervenant·e·s n&apos;a accepté d&apos;être proposé·e à d&apos;autres structures. Enregistrez d&apos;abord leur accord dans leur fiche salarié·e.</translation>
    </message>
</context>
<context>
    <name>releve::ui::RecordMarkers</name>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n interventions</source>
        <translation>
            <numerusform>%n intervention</numerusform>
            <numerusform>%n interventions</numerusform>
        </translation>
    </message>
    <message>
        <source>Your structure</source>
        <translation>Votre structure</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>releve::ui::RequestDetailWidget</name>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Find candidates</source>
        <translation>Trouver des candidat·e·s</translation>
    </message>
    <message>
        <source>Cancel request…</source>
        <translation>Annuler la demande…</translation>
    </message>
    <message>
        <source>Propose one of my staff…</source>
        <translation>Proposer un·e de mes intervenant·e·s…</translation>
    </message>
    <message>
        <source>Open contract</source>
        <translation>Ouvrir le contrat</translation>
    </message>
    <message>
        <source>Candidates ranked by the platform</source>
        <translation>Candidat·e·s classé·e·s par la plateforme</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidat·e·s</translation>
    </message>
    <message>
        <source>Proposals received</source>
        <translation>Propositions reçues</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Refuser…</translation>
    </message>
    <message>
        <source>Send the request to the other agencies of the territory</source>
        <translation>Envoyer la demande aux autres structures du territoire</translation>
    </message>
    <message>
        <source>Ask the platform which available staff fit this request</source>
        <translation>Demander à la plateforme quels intervenant·e·s disponibles correspondent à cette demande</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Interventions (local time)</source>
        <translation>Interventions (heure locale)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Press “Find candidates” to ask the platform for the staff who fit this request.</source>
        <translation>Cliquez sur « Trouver des candidat·e·s » pour demander à la plateforme les intervenant·e·s qui correspondent à cette demande.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Commune not given</source>
        <translation>Commune non renseignée</translation>
    </message>
    <message>
        <source>Request of my agency</source>
        <translation>Demande de ma structure</translation>
    </message>
    <message>
        <source>Request of %1</source>
        <translation>Demande de %1</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>publiée le %1</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refusée par le serveur</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>En attente de confirmation</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Given on the contract only</source>
        <translation>Communiquée uniquement sur le contrat</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Skills required</source>
        <translation>Compétences requises</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Tarif horaire</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Date limite de réponse</translation>
    </message>
    <message>
        <source>Search radius</source>
        <translation>Rayon de recherche</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>%1 · GIR %2 · %3</source>
        <translation>%1 · GIR %2 · %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recueilli</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Pas encore recueilli</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>My proposals</source>
        <translation>Mes propositions</translation>
    </message>
    <message>
        <source>Why %1 ranks number %2:</source>
        <translation>Pourquoi %1 est classé·e en position %2 :</translation>
    </message>
    <message>
        <source>Sent to the server. Awaiting confirmation: this takes a moment, or until you are online again.</source>
        <translation>Envoyé au serveur. En attente de confirmation : cela prend un instant, ou jusqu&apos;à votre retour en ligne.</translation>
    </message>
    <message>
        <source>Publish request</source>
        <translation>Publier la demande</translation>
    </message>
    <message>
        <source>The person&apos;s consent must be recorded before the request leaves your agency. Edit the request to record it, then publish.</source>
        <translation>Le consentement de la personne doit être recueilli avant que la demande ne quitte votre structure. Modifiez la demande pour l&apos;indiquer, puis publiez-la.</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Annuler la demande</translation>
    </message>
    <message>
        <source>Cancel this request? The other agencies will no longer be able to answer it.</source>
        <translation>Annuler cette demande ? Les autres structures ne pourront plus y répondre.</translation>
    </message>
    <message>
        <source>Asking the platform…</source>
        <translation>Interrogation de la plateforme…</translation>
    </message>
    <message>
        <source>The platform cannot be reached: candidates are ranked by the server. Try again once you are online.</source>
        <translation>La plateforme est injoignable : les candidat·e·s sont classé·e·s par le serveur. Réessayez une fois en ligne.</translation>
    </message>
    <message>
        <source>No available worker fits this request right now. Widen the search radius or the skills, or try again later.</source>
        <translation>Aucun·e intervenant·e disponible ne correspond à cette demande pour le moment. Élargissez le rayon de recherche ou les compétences, ou réessayez plus tard.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s), best first. Their agencies decide whether to propose them.</source>
        <translation>
            <numerusform>%n candidat·e. Sa structure décide de proposer ou non cette personne.</numerusform>
            <numerusform>%n candidat·e·s, du plus pertinent au moins pertinent. Leurs structures décident de les proposer ou non.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intervention(s) cannot be covered by anyone.</source>
        <translation>
            <numerusform>%n intervention ne peut être couverte par personne.</numerusform>
            <numerusform>%n interventions ne peuvent être couvertes par personne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept proposal</source>
        <translation>Accepter la proposition</translation>
    </message>
    <message>
        <source>Accept this proposal? The other offers for the same interventions will be declined and a contract will be prepared for both agencies to sign.</source>
        <translation>Accepter cette proposition ? Les autres propositions pour les mêmes interventions seront refusées et un contrat sera préparé pour signature par les deux structures.</translation>
    </message>
    <message>
        <source>Decline proposal</source>
        <translation>Refuser la proposition</translation>
    </message>
    <message>
        <source>Decline this proposal? The other agency will be told.</source>
        <translation>Refuser cette proposition ? L&apos;autre structure en sera informée.</translation>
    </message>
</context>
<context>
    <name>releve::ui::RequestFormDialog</name>
    <message>
        <source>The person (or their representative) agreed that these needs be shared with another agency</source>
        <translation>La personne (ou son représentant) a accepté que ces besoins soient communiqués à une autre structure</translation>
    </message>
    <message>
        <source>New replacement request</source>
        <translation>Nouvelle demande de remplacement</translation>
    </message>
    <message>
        <source>Street and number; given to the other agency only on the contract</source>
        <translation>Numéro et rue ; communiqués à l&apos;autre structure uniquement sur le contrat</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Your own reference, never a name</source>
        <translation>Votre propre référence, jamais un nom</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Day of the intervention</source>
        <translation>Jour de l&apos;intervention</translation>
    </message>
    <message>
        <source>Start of the intervention</source>
        <translation>Début de l&apos;intervention</translation>
    </message>
    <message>
        <source>End of the intervention</source>
        <translation>Fin de l&apos;intervention</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>What the replacing worker needs to know. No name, no diagnosis.</source>
        <translation>Ce que l&apos;intervenant·e remplaçant·e doit savoir. Ni nom, ni diagnostic.</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>Le besoin</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Skills required</source>
        <translation>Compétences requises</translation>
    </message>
    <message>
        <source>Where, and for whom</source>
        <translation>Où, et pour qui</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Map point</source>
        <translation>Point sur la carte</translation>
    </message>
    <message>
        <source>GIR</source>
        <translation>GIR</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Interventions (local time)</source>
        <translation>Interventions (heure locale)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévues</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Tarif horaire</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Date limite de réponse</translation>
    </message>
    <message>
        <source>Search radius</source>
        <translation>Rayon de recherche</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Intervention %1: %2</source>
        <translation>Intervention %1 : %2</translation>
    </message>
</context>
<context>
    <name>releve::ui::RequestListModel</name>
    <message>
        <source>Refused by the server</source>
        <translation>Refusée par le serveur</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>En attente de confirmation</translation>
    </message>
    <message>
        <source>Draft, not sent yet</source>
        <translation>Brouillon, pas encore envoyé</translation>
    </message>
    <message>
        <source>Commune not given</source>
        <translation>Commune non renseignée</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Pas encore de date</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>My agency</source>
        <translation>Ma structure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Date limite de réponse</translation>
    </message>
</context>
<context>
    <name>releve::ui::RequestsView</name>
    <message>
        <source>New request…</source>
        <translation>Nouvelle demande…</translation>
    </message>
    <message>
        <source>Select a request to see its details.</source>
        <translation>Sélectionnez une demande pour en voir le détail.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Which requests</source>
        <translation>Quelles demandes</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>Mes demandes</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Reçues</translation>
    </message>
    <message>
        <source>Write a replacement request as a draft</source>
        <translation>Rédiger une demande de remplacement en brouillon</translation>
    </message>
    <message>
        <source>My requests (%1)</source>
        <translation>Mes demandes (%1)</translation>
    </message>
    <message>
        <source>Incoming (%1)</source>
        <translation>Reçues (%1)</translation>
    </message>
</context>
<context>
    <name>releve::ui::SignInDialog</name>
    <message>
        <source>Sign in to Relève</source>
        <translation>Connexion à Relève</translation>
    </message>
    <message>
        <source>Sign in to your territory&apos;s Relève server</source>
        <translation>Connectez-vous au serveur Relève de votre territoire</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>https://releve.example.fr</source>
        <translation>https://releve.example.fr</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Your agency&apos;s administrator gives you these. The password is never stored on this computer.</source>
        <translation>L&apos;administrateur de votre structure vous les communique. Le mot de passe n&apos;est jamais enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>The server cannot be reached at this address. Check the address and your connection.</source>
        <translation>Le serveur est injoignable à cette adresse. Vérifiez l&apos;adresse et votre connexion.</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://releve.example.fr.</source>
        <translation>Saisissez l&apos;adresse du serveur, par exemple https://releve.example.fr.</translation>
    </message>
    <message>
        <source>Enter your login and your password.</source>
        <translation>Saisissez votre identifiant et votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>releve::ui::SlotCommands</name>
    <message>
        <source>add slot</source>
        <translation>l&apos;ajout du créneau</translation>
    </message>
    <message>
        <source>edit slot</source>
        <translation>la modification du créneau</translation>
    </message>
    <message>
        <source>delete slot</source>
        <translation>la suppression du créneau</translation>
    </message>
</context>
<context>
    <name>releve::ui::SlotDialog</name>
    <message>
        <source>Repeat every week until</source>
        <translation>Répéter chaque semaine jusqu&apos;au</translation>
    </message>
    <message>
        <source>Delete slot</source>
        <translation>Supprimer le créneau</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Intervenant·e</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Optional, for your agency only</source>
        <translation>Facultatif, pour votre structure uniquement</translation>
    </message>
    <message>
        <source>Last week of the repetition</source>
        <translation>Dernière semaine de la répétition</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>New availability slot</source>
        <translation>Nouveau créneau de disponibilité</translation>
    </message>
    <message>
        <source>Edit availability slot</source>
        <translation>Modifier le créneau de disponibilité</translation>
    </message>
    <message>
        <source>Delete this slot? Other agencies will no longer see it after the next sync.</source>
        <translation>Supprimer ce créneau ? Les autres structures ne le verront plus après la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>releve::ui::SyncStatusWidget</name>
    <message>
        <source>Synchronisation progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Send your changes and fetch the latest news from the server</source>
        <translation>Envoyer vos modifications et récupérer les dernières mises à jour du serveur</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Examiner…</translation>
    </message>
    <message>
        <source>Decide what to do with the records the server no longer lists</source>
        <translation>Décider quoi faire des éléments que le serveur ne répertorie plus</translation>
    </message>
    <message>
        <source>The server refused a change: %1</source>
        <translation>Le serveur a refusé une modification : %1</translation>
    </message>
    <message>
        <source>A change conflicts with someone else&apos;s edit. Both versions are kept until you choose.</source>
        <translation>Une modification entre en conflit avec celle d&apos;une autre personne. Les deux versions sont conservées jusqu&apos;à votre choix.</translation>
    </message>
    <message>
        <source>Records no longer on the server</source>
        <translation>Éléments absents du serveur</translation>
    </message>
    <message numerus="yes">
        <source>The server no longer lists %n record(s) that this computer still keeps. This happens when the server was restored from a backup. Remove them from this computer? Your changes not yet sent are kept either way.</source>
        <translation>
            <numerusform>Le serveur ne répertorie plus %n élément que cet ordinateur conserve encore. Cela arrive lorsque le serveur a été restauré à partir d&apos;une sauvegarde. Le supprimer de cet ordinateur ? Vos modifications pas encore envoyées sont conservées dans tous les cas.</numerusform>
            <numerusform>Le serveur ne répertorie plus %n éléments que cet ordinateur conserve encore. Cela arrive lorsque le serveur a été restauré à partir d&apos;une sauvegarde. Les supprimer de cet ordinateur ? Vos modifications pas encore envoyées sont conservées dans tous les cas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors connexion</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Connexion requise</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>Problème de synchronisation</translation>
    </message>
    <message>
        <source>Check needed</source>
        <translation>Vérification requise</translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>Toutes les modifications sont envoyées</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n modification en attente d&apos;envoi</numerusform>
            <numerusform>%n modifications en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Last sync at %1</source>
        <translation>Dernière synchronisation à %1</translation>
    </message>
    <message>
        <source>Last sync on %1</source>
        <translation>Dernière synchronisation le %1</translation>
    </message>
    <message>
        <source>The server cannot be reached. You can keep working: your changes are saved on this computer.</source>
        <translation>Le serveur est injoignable. Vous pouvez continuer à travailler : vos modifications sont enregistrées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again to send your changes; they are kept meanwhile.</source>
        <translation>Votre session a expiré. Reconnectez-vous pour envoyer vos modifications ; d&apos;ici là, elles sont conservées.</translation>
    </message>
    <message numerus="yes">
        <source>The server no longer lists %n record(s) kept on this computer. Nothing was removed.</source>
        <translation>
            <numerusform>Le serveur ne répertorie plus %n élément conservé sur cet ordinateur. Rien n&apos;a été supprimé.</numerusform>
            <numerusform>Le serveur ne répertorie plus %n éléments conservés sur cet ordinateur. Rien n&apos;a été supprimé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronisation failed. It will be retried.</source>
        <translation>La synchronisation a échoué. Elle sera relancée.</translation>
    </message>
</context>
</TS>
