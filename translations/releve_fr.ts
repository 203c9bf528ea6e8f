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
    <message>
        <source>Own car</source>
        <translation>Voiture personnelle</translation>
    </message>
    <message>
        <source>Driving licence, no car</source>
        <translation>Permis, sans voiture</translation>
    </message>
    <message>
        <source>Scooter</source>
        <translation>Scooter</translation>
    </message>
    <message>
        <source>Public transport</source>
        <translation>Transports en commun</translation>
    </message>
    <message>
        <source>No means of transport</source>
        <translation>Sans moyen de transport</translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <translation>Hors amplitude</translation>
    </message>
    <message>
        <source>Shorter than the minimum</source>
        <translation>Plus courte que le minimum</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <source>During a hospital stay</source>
        <translation>Pendant une hospitalisation</translation>
    </message>
    <message>
        <source>Past the 30 days of hospital stay</source>
        <translation>Au-delà des 30 jours d&apos;hospitalisation</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Chevauchement</translation>
    </message>
    <message>
        <source>Daily rest</source>
        <translation>Repos quotidien</translation>
    </message>
    <message>
        <source>Consecutive working days</source>
        <translation>Jours travaillés consécutifs</translation>
    </message>
    <message>
        <source>Daily span</source>
        <translation>Amplitude journalière</translation>
    </message>
    <message>
        <source>Weekly ceiling</source>
        <translation>Plafond hebdomadaire</translation>
    </message>
    <message>
        <source>End of contract</source>
        <translation>Fin de contrat</translation>
    </message>
    <message>
        <source>This is not a phone number: use digits, spaces, dots, dashes or a leading +.</source>
        <translation>Ce n&apos;est pas un numéro de téléphone : utilisez des chiffres, espaces, points, tirets ou un + initial.</translation>
    </message>
    <message>
        <source>This text is too long: at most %1 characters.</source>
        <translation>Ce texte est trop long : %1 caractères au plus.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Ce texte est trop long.</translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation>Doit être compris entre %1 et %2.</translation>
    </message>
    <message>
        <source>This overlaps another one.</source>
        <translation>Chevauche un autre élément.</translation>
    </message>
    <message>
        <source>Amendment of the interventions</source>
        <translation>Avenant aux interventions</translation>
    </message>
    <message>
        <source>Printed document record</source>
        <translation>Enregistrement d&apos;un document imprimé</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Intervenant·e</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Time record</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Tarif horaire</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Repeated weekly until</source>
        <translation>Répété chaque semaine jusqu&apos;au</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Domicile</translation>
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
        <source>Mobility</source>
        <translation>Mobilité</translation>
    </message>
    <message>
        <source>Maximum travel distance</source>
        <translation>Distance de déplacement maximale</translation>
    </message>
    <message>
        <source>Weekly hours ceiling</source>
        <translation>Plafond d&apos;heures hebdomadaire</translation>
    </message>
    <message>
        <source>Agrees to work for other structures</source>
        <translation>Accepte d&apos;intervenir pour d&apos;autres structures</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif·ve</translation>
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
        <source>Beneficiary reference</source>
        <translation>Référence du bénéficiaire</translation>
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
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Required skills</source>
        <translation>Compétences requises</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation>Type de contrat</translation>
    </message>
    <message>
        <source>Answer deadline</source>
        <translation>Date limite de réponse</translation>
    </message>
    <message>
        <source>Search radius</source>
        <translation>Rayon de recherche</translation>
    </message>
    <message>
        <source>Mission address</source>
        <translation>Adresse de la mission</translation>
    </message>
    <message>
        <source>Mission commune</source>
        <translation>Commune de la mission</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s consent recorded</source>
        <translation>Consentement du bénéficiaire recueilli</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>Kilomètres</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1 (another structure)</source>
        <translation>%1 (autre structure)</translation>
    </message>
    <message>
        <source>a staff member unknown to this computer</source>
        <translation>un·e intervenant·e inconnu·e de cet ordinateur</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n detail(s)</source>
        <translation>
            <numerusform>%n détail</numerusform>
            <numerusform>%n détails</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Absence of %1, %2</source>
        <translation>Absence — %1, %2</translation>
    </message>
    <message>
        <source>Availability of %1, %2</source>
        <translation>Disponibilité — %1, %2</translation>
    </message>
    <message>
        <source>Staff member %1</source>
        <translation>Intervenant·e %1</translation>
    </message>
    <message>
        <source>Replacement request</source>
        <translation>Demande de remplacement</translation>
    </message>
    <message>
        <source>Replacement request %1</source>
        <translation>Demande de remplacement %1</translation>
    </message>
    <message>
        <source>Structure %1</source>
        <translation>Structure %1</translation>
    </message>
    <message>
        <source>%1 The server says: &quot;%2&quot;.</source>
        <translation>%1 Le serveur indique : « %2 ».</translation>
    </message>
    <message>
        <source>This person is not one of your structure&apos;s staff: availability is recorded only for your own staff.</source>
        <translation>Cette personne ne fait pas partie des intervenant·es de votre structure : les disponibilités ne se saisissent que pour vos propres intervenant·es.</translation>
    </message>
    <message>
        <source>The record must belong to your own structure.</source>
        <translation>L&apos;enregistrement doit appartenir à votre propre structure.</translation>
    </message>
    <message>
        <source>This slot covers a contracted intervention: while the contract runs it can be extended or annotated, not shortened, moved or removed.</source>
        <translation>Ce créneau couvre une intervention sous contrat : tant que le contrat court, il peut être prolongé ou annoté, mais ni raccourci, ni déplacé, ni supprimé.</translation>
    </message>
    <message>
        <source>This worker has a running contract: end it before removing the worker.</source>
        <translation>Cet·te intervenant·e a un contrat en cours : terminez-le avant de le ou la retirer.</translation>
    </message>
    <message>
        <source>This record was deleted on the server. Create a new one if it is still needed.</source>
        <translation>Cet enregistrement a été supprimé sur le serveur. Créez-en un nouveau s&apos;il est toujours utile.</translation>
    </message>
    <message>
        <source>Your structure must first accept the platform&apos;s quality charter.</source>
        <translation>Votre structure doit d&apos;abord accepter la charte qualité de la plateforme.</translation>
    </message>
    <message>
        <source>This is no longer possible: the record changed on the server in the meantime.</source>
        <translation>Ce n&apos;est plus possible : l&apos;enregistrement a changé sur le serveur entre-temps.</translation>
    </message>
    <message>
        <source>The server already has this.</source>
        <translation>Le serveur l&apos;a déjà.</translation>
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
    <name>releve::exchange::ICalendar</name>
    <message>
        <source>Replacements of %1</source>
        <translation>Remplacements de %1</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Contrat %1</translation>
    </message>
    <message>
        <source>Structure: %1</source>
        <translation>Structure : %1</translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation>Besoins : %1</translation>
    </message>
    <message>
        <source>Replacement for %1</source>
        <translation>Remplacement pour %1</translation>
    </message>
</context>
<context>
    <name>releve::exchange::StaffExchange</name>
    <message>
        <source>overlaps another slot of the same kind for this person</source>
        <translation>chevauche un autre créneau du même type pour cette personne</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>une valeur est obligatoire</translation>
    </message>
    <message>
        <source>the value is out of range (%1)</source>
        <translation>la valeur est hors limites (%1)</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
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
        <source>Mobility</source>
        <translation>Mobilité</translation>
    </message>
    <message>
        <source>Maximum travel (km)</source>
        <translation>Distance maximale (km)</translation>
    </message>
    <message>
        <source>Weekly hours ceiling</source>
        <translation>Plafond hebdomadaire (h)</translation>
    </message>
    <message>
        <source>Consent to sharing</source>
        <translation>Consentement au partage</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Home latitude</source>
        <translation>Latitude du domicile</translation>
    </message>
    <message>
        <source>Home longitude</source>
        <translation>Longitude du domicile</translation>
    </message>
    <message>
        <source>Staff identifier</source>
        <translation>Identifiant de l&apos;intervenant</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Weekly until</source>
        <translation>Chaque semaine jusqu&apos;au</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No column is mapped to “%1”.</source>
        <translation>Aucune colonne n&apos;est associée à « %1 ».</translation>
    </message>
    <message>
        <source>“%1” is not an identifier Relève wrote (leave it empty for a new record)</source>
        <translation>« %1 » n&apos;est pas un identifiant écrit par Relève (laissez la case vide pour une nouvelle fiche)</translation>
    </message>
    <message>
        <source>unknown qualification “%1” (DEAES, DEAVS, ADVF, Aide-soignant·e, Aucune)</source>
        <translation>qualification inconnue « %1 » (DEAES, DEAVS, ADVF, Aide-soignant·e, Aucune)</translation>
    </message>
    <message>
        <source>unknown skill “%1”</source>
        <translation>compétence inconnue « %1 »</translation>
    </message>
    <message>
        <source>unknown mobility “%1” (Voiture, Permis sans voiture, Scooter, Transports en commun, Aucune)</source>
        <translation>mobilité inconnue « %1 » (Voiture, Permis sans voiture, Scooter, Transports en commun, Aucune)</translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>« %1 » n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>“%1” is neither oui nor non</source>
        <translation>« %1 » n&apos;est ni oui ni non</translation>
    </message>
    <message>
        <source>“%1” is not a latitude (for example 46,1712)</source>
        <translation>« %1 » n&apos;est pas une latitude (par exemple 46,1712)</translation>
    </message>
    <message>
        <source>“%1” is not a longitude (for example 1,8710)</source>
        <translation>« %1 » n&apos;est pas une longitude (par exemple 1,8710)</translation>
    </message>
    <message>
        <source>no staff member of this structure has the identifier “%1”</source>
        <translation>aucun intervenant de la structure n&apos;a l&apos;identifiant « %1 »</translation>
    </message>
    <message>
        <source>no staff member of this structure is called “%1 %2”</source>
        <translation>aucun intervenant de la structure ne s&apos;appelle « %1 %2 »</translation>
    </message>
    <message>
        <source>“%1” is not a date (dd/mm/yyyy)</source>
        <translation>« %1 » n&apos;est pas une date (jj/mm/aaaa)</translation>
    </message>
    <message>
        <source>“%1” is not a time (hh:mm)</source>
        <translation>« %1 » n&apos;est pas une heure (hh:mm)</translation>
    </message>
    <message>
        <source>unknown kind “%1” (Disponible or Absent)</source>
        <translation>type inconnu « %1 » (Disponible ou Absent)</translation>
    </message>
    <message>
        <source>the end (%1 %2) is not after the start (%3 %4)</source>
        <translation>la fin (%1 %2) n&apos;est pas après le début (%3 %4)</translation>
    </message>
    <message>
        <source>the weekly repetition ends before the first day</source>
        <translation>la répétition hebdomadaire se termine avant le premier jour</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>ligne %1, %2 : %3</translation>
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
    <message>
        <source>This request is not in the local cache: synchronise, then try again.</source>
        <translation>Cette demande n&apos;est pas dans les données locales : synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>This request cannot be read from the local cache.</source>
        <translation>Cette demande ne peut pas être lue dans les données locales.</translation>
    </message>
    <message>
        <source>This request has no mission location: the distance to your staff cannot be estimated.</source>
        <translation>Cette demande n&apos;a pas de lieu de mission : la distance à vos intervenant·es ne peut pas être estimée.</translation>
    </message>
</context>
<context>
    <name>releve::reports::ReportTable</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>Sous contrat</translation>
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
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>first intervention in the month</source>
        <translation>première intervention dans le mois</translation>
    </message>
    <message>
        <source>Requests: %1</source>
        <translation>Demandes : %1</translation>
    </message>
    <message>
        <source>Fill rate</source>
        <translation>Taux de satisfaction</translation>
    </message>
    <message>
        <source>%1 filled of %2 published</source>
        <translation>%1 pourvues sur %2 publiées</translation>
    </message>
    <message>
        <source>Median time to fill</source>
        <translation>Délai médian de prise en charge</translation>
    </message>
    <message>
        <source>from publication to contract, %1 requests</source>
        <translation>de la publication au contrat, %1 demandes</translation>
    </message>
    <message>
        <source>Hours lent</source>
        <translation>Heures mises à disposition</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 réalisées</translation>
    </message>
    <message>
        <source>Hours borrowed</source>
        <translation>Heures reçues</translation>
    </message>
    <message>
        <source>%1 beneficiaries (CPOM items 47–48)</source>
        <translation>%1 bénéficiaires (CPOM, items 47–48)</translation>
    </message>
    <message>
        <source>Workers per beneficiary, weekdays</source>
        <translation>Intervenants par bénéficiaire, en semaine</translation>
    </message>
    <message>
        <source>Workers per beneficiary, Sundays and public holidays</source>
        <translation>Intervenants par bénéficiaire, dimanches et jours fériés</translation>
    </message>
    <message>
        <source>%1 done of %2 planned (CPOM items 49–50)</source>
        <translation>%1 réalisées sur %2 prévues (CPOM, items 49–50)</translation>
    </message>
    <message>
        <source>Effectivity rate, weekdays</source>
        <translation>Taux d&apos;effectivité, en semaine</translation>
    </message>
    <message>
        <source>Effectivity rate, Sundays and public holidays</source>
        <translation>Taux d&apos;effectivité, dimanches et jours fériés</translation>
    </message>
    <message>
        <source>Correction rate, weekdays</source>
        <translation>Taux de correction, en semaine</translation>
    </message>
    <message>
        <source>Correction rate, Sundays and public holidays</source>
        <translation>Taux de correction, dimanches et jours fériés</translation>
    </message>
    <message>
        <source>target 2 % to 5 %</source>
        <translation>cible de 2 % à 5 %</translation>
    </message>
    <message>
        <source>below the 2 % to 5 % target</source>
        <translation>sous la cible de 2 % à 5 %</translation>
    </message>
    <message>
        <source>above the 2 % to 5 % target</source>
        <translation>au-dessus de la cible de 2 % à 5 %</translation>
    </message>
    <message>
        <source>within the 2 % to 5 % target</source>
        <translation>dans la cible de 2 % à 5 %</translation>
    </message>
    <message>
        <source>Correction rate</source>
        <translation>Taux de correction</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base de calcul</translation>
    </message>
    <message>
        <source>%1 corrected of %2 time stamps (CPOM items 51–52)</source>
        <translation>%1 corrigés sur %2 horodatages (CPOM, items 51–52)</translation>
    </message>
    <message>
        <source>%1 corrected of %2, %3 (CPOM item 53)</source>
        <translation>%1 corrigés sur %2, %3 (CPOM, item 53)</translation>
    </message>
    <message>
        <source>no time stamp received</source>
        <translation>aucun horodatage reçu</translation>
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
    <name>releve::ui::AmendmentDialog</name>
    <message>
        <source>Add an intervention</source>
        <translation>Ajouter une intervention</translation>
    </message>
    <message>
        <source>Remove the selected intervention</source>
        <translation>Retirer l&apos;intervention sélectionnée</translation>
    </message>
    <message>
        <source>Amend the interventions of contract %1</source>
        <translation>Avenant aux interventions du contrat %1</translation>
    </message>
    <message>
        <source>Move, shorten or remove an intervention, or add one. Dates dd/mm/yyyy, times hh:mm (local time). Both structures sign the amendment once the server has numbered it.</source>
        <translation>Déplacez, raccourcissez ou retirez une intervention, ou ajoutez-en une. Dates jj/mm/aaaa, heures hh:mm (heure locale). Les deux structures signent l&apos;avenant une fois qu&apos;il a été numéroté par le serveur.</translation>
    </message>
    <message>
        <source>Interventions after the amendment</source>
        <translation>Interventions après l&apos;avenant</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why the interventions change (printed on the amendment)</source>
        <translation>Pourquoi les interventions changent (imprimé sur l&apos;avenant)</translation>
    </message>
    <message>
        <source>Queue the amendment</source>
        <translation>Enregistrer l&apos;avenant</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Changed (was %1)</source>
        <translation>Modifiée (avant : %1)</translation>
    </message>
    <message>
        <source>Intervention %1</source>
        <translation>Intervention %1</translation>
    </message>
    <message>
        <source>%1: the date “%2” is not a date (dd/mm/yyyy).</source>
        <translation>%1 : « %2 » n&apos;est pas une date (jj/mm/aaaa).</translation>
    </message>
    <message>
        <source>%1: the start “%2” is not a time (hh:mm).</source>
        <translation>%1 : le début « %2 » n&apos;est pas une heure (hh:mm).</translation>
    </message>
    <message>
        <source>%1: the end “%2” is not a time (hh:mm).</source>
        <translation>%1 : la fin « %2 » n&apos;est pas une heure (hh:mm).</translation>
    </message>
    <message>
        <source>Intervention %1 (%2)</source>
        <translation>Intervention %1 (%2)</translation>
    </message>
    <message>
        <source>%1: the end %2 is not after the start %3.</source>
        <translation>%1 : la fin (%2) n&apos;est pas après le début (%3).</translation>
    </message>
    <message>
        <source>%1: hours are already recorded for it; it cannot be moved or shortened.</source>
        <translation>%1 : des heures sont déjà saisies pour cette intervention ; elle ne peut être ni déplacée ni raccourcie.</translation>
    </message>
    <message>
        <source>%1 is the same as intervention %2.</source>
        <translation>%1 est identique à l&apos;intervention %2.</translation>
    </message>
    <message>
        <source>%1 overlaps intervention %2: the worker cannot be at both.</source>
        <translation>%1 chevauche l&apos;intervention %2 : l&apos;intervenant·e ne peut pas assurer les deux.</translation>
    </message>
    <message>
        <source>The intervention of %1 cannot be removed: hours are already recorded for it.</source>
        <translation>L&apos;intervention du %1 ne peut pas être retirée : des heures sont déjà saisies pour elle.</translation>
    </message>
    <message>
        <source>No intervention is left: end the contract instead of amending it.</source>
        <translation>Il ne reste aucune intervention : mettez fin au contrat plutôt que de le modifier par avenant.</translation>
    </message>
    <message>
        <source>Nothing changed: move, shorten, remove or add an intervention first.</source>
        <translation>Rien n&apos;a changé : déplacez, raccourcissez, retirez ou ajoutez d&apos;abord une intervention.</translation>
    </message>
    <message>
        <source>Reason: say why the interventions change (it is printed on the amendment).</source>
        <translation>Motif : indiquez pourquoi les interventions changent (il est imprimé sur l&apos;avenant).</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Ajoutée : %1</translation>
    </message>
    <message>
        <source>Changed: %1 → %2</source>
        <translation>Modifiée : %1 → %2</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Retirée : %1</translation>
    </message>
</context>
<context>
    <name>releve::ui::BarChart</name>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
</context>
<context>
    <name>releve::ui::CalendarExportDialog</name>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Export a worker&apos;s interventions</source>
        <translation>Exporter les interventions d&apos;un intervenant</translation>
    </message>
    <message>
        <source>The file opens in any calendar (phone, Outlook, Thunderbird). Exported again later, it updates the same events.</source>
        <translation>Le fichier s&apos;ouvre dans tout agenda (téléphone, Outlook, Thunderbird). Exporté de nouveau plus tard, il met à jour les mêmes événements.</translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation>Intervenant :</translation>
    </message>
    <message>
        <source>No worker of this structure has a contract yet.</source>
        <translation>Aucun intervenant de la structure n&apos;a encore de contrat.</translation>
    </message>
    <message numerus="yes">
        <source>%n contracted intervention(s).</source>
        <translation>
            <numerusform>%n intervention sous contrat.</numerusform>
            <numerusform>%n interventions sous contrat.</numerusform>
        </translation>
    </message>
    <message>
        <source>interventions-%1.ics</source>
        <translation>interventions-%1.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>releve::ui::CancelRequestDialog</name>
    <message numerus="yes">
        <source>Cancel %n request(s)</source>
        <translation>
            <numerusform>Annuler %n demande</numerusform>
            <numerusform>Annuler %n demandes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with %2 (%3)</source>
        <translation>%1 avec %2 (%3)</translation>
    </message>
    <message>
        <source>The other agencies will no longer be able to answer, and the offers still waiting are declined. Say why: the reason is sent with the cancellation.</source>
        <translation>Les autres structures ne pourront plus répondre, et les propositions en attente sont déclinées. Indiquez pourquoi : le motif est transmis avec l&apos;annulation.</translation>
    </message>
    <message>
        <source>&amp;Reason for cancelling</source>
        <translation>&amp;Motif de l&apos;annulation</translation>
    </message>
    <message>
        <source>e.g. the person went back to hospital</source>
        <translation>p. ex. la personne a été réhospitalisée</translation>
    </message>
    <message numerus="yes">
        <source>Cancel the request(s)</source>
        <translation>
            <numerusform>Annuler la demande</numerusform>
            <numerusform>Annuler les demandes</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Les conserver</translation>
    </message>
    <message>
        <source>A contract was already made: %1.
What becomes of it?</source>
        <translation>Un contrat a déjà été établi : %1.
Que devient-il ?</translation>
    </message>
    <message>
        <source>&amp;End the contract now, with the same reason (the other agency is told)</source>
        <translation>&amp;Mettre fin au contrat maintenant, avec le même motif (l&apos;autre structure est prévenue)</translation>
    </message>
    <message>
        <source>&amp;Keep the contract and open it to agree an amendment (the request is not cancelled)</source>
        <translation>&amp;Garder le contrat et l&apos;ouvrir pour convenir d&apos;un avenant (la demande n&apos;est pas annulée)</translation>
    </message>
    <message>
        <source>Open the contract</source>
        <translation>Ouvrir le contrat</translation>
    </message>
    <message>
        <source>Reason for cancelling: please say why; the other agencies read it.</source>
        <translation>Motif de l&apos;annulation : indiquez pourquoi ; les autres structures le liront.</translation>
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
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Its agency has never confirmed this worker&apos;s availability: it ranks after workers as near whose availability is confirmed.</source>
        <translation>Sa structure n&apos;a jamais confirmé les disponibilités de cet·te intervenant·e : il ou elle est classé·e après les intervenant·es aussi proches dont les disponibilités sont confirmées.</translation>
    </message>
    <message numerus="yes">
        <source>Availability last confirmed on %1, more than %n day(s) ago: it ranks after workers as near whose availability is fresher. Check with the agency.</source>
        <translation>
            <numerusform>Disponibilités confirmées pour la dernière fois le %1, il y a plus de %n jour : classé·e après les intervenant·es aussi proches dont les disponibilités sont plus récentes. Vérifiez auprès de la structure.</numerusform>
            <numerusform>Disponibilités confirmées pour la dernière fois le %1, il y a plus de %n jours : classé·e après les intervenant·es aussi proches dont les disponibilités sont plus récentes. Vérifiez auprès de la structure.</numerusform>
        </translation>
    </message>
    <message>
        <source>Availability last confirmed by its agency on %1.</source>
        <translation>Disponibilités confirmées par sa structure le %1.</translation>
    </message>
    <message>
        <source>Availability confirmed</source>
        <translation>Disponibilités confirmées le</translation>
    </message>
</context>
<context>
    <name>releve::ui::ConflictDialog</name>
    <message>
        <source>Keep my version</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <source>Keep the server&apos;s version</source>
        <translation>Garder la version du serveur</translation>
    </message>
    <message>
        <source>Keep the values chosen above</source>
        <translation>Garder les valeurs choisies ci-dessus</translation>
    </message>
    <message>
        <source>Resolve a conflict</source>
        <translation>Résoudre un conflit</translation>
    </message>
    <message>
        <source>%1 was changed on this computer while someone else changed it on the server. Both versions are kept until you choose; nothing is sent before.</source>
        <translation>Cet enregistrement (%1) a été modifié sur cet ordinateur pendant qu&apos;une autre personne le modifiait sur le serveur. Les deux versions sont conservées jusqu&apos;à votre choix ; rien n&apos;est envoyé avant.</translation>
    </message>
    <message>
        <source>You deleted it; the other person changed it.</source>
        <translation>Vous l&apos;avez supprimé ; l&apos;autre personne l&apos;a modifié.</translation>
    </message>
    <message>
        <source>You changed it; the other person deleted it.</source>
        <translation>Vous l&apos;avez modifié ; l&apos;autre personne l&apos;a supprimé.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Sur le serveur</translation>
    </message>
    <message>
        <source>%1 (changed on both sides)</source>
        <translation>%1 (modifié des deux côtés)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>Reported by the server on %1.</source>
        <translation>Signalé par le serveur le %1.</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>Send your version; it replaces the server&apos;s for every field listed.</source>
        <translation>Envoyer votre version ; elle remplace celle du serveur pour chaque champ listé.</translation>
    </message>
    <message>
        <source>Drop your change and keep what is on the server.</source>
        <translation>Abandonner votre modification et garder ce qui est sur le serveur.</translation>
    </message>
    <message>
        <source>Send the value chosen in each row.</source>
        <translation>Envoyer la valeur choisie sur chaque ligne.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a value in each row changed on both sides to keep the values chosen above (%n left).</source>
        <translation>
            <numerusform>Choisissez une valeur sur chaque ligne modifiée des deux côtés pour garder les valeurs choisies ci-dessus (%n restante).</numerusform>
            <numerusform>Choisissez une valeur sur chaque ligne modifiée des deux côtés pour garder les valeurs choisies ci-dessus (%n restantes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a value for &quot;%1&quot; first.</source>
        <translation>Choisissez d&apos;abord une valeur pour « %1 ».</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
        <source>Export contract as PDF</source>
        <translation>Exporter le contrat en PDF</translation>
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
        <source>Convention (loan of staff)</source>
        <translation>Convention de mise à disposition</translation>
    </message>
    <message>
        <source>Employee&apos;s avenant</source>
        <translation>Avenant au contrat de travail</translation>
    </message>
    <message>
        <source>Subcontract</source>
        <translation>Contrat de sous-traitance</translation>
    </message>
    <message>
        <source>Amendment %1</source>
        <translation>Avenant %1</translation>
    </message>
    <message>
        <source>lender</source>
        <translation>la structure prêteuse</translation>
    </message>
    <message>
        <source>user structure</source>
        <translation>la structure utilisatrice</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>le ou la salarié·e</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Convention</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Avenant de modification</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Relevé mensuel</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Document to print</source>
        <translation>Document à imprimer</translation>
    </message>
    <message>
        <source>Preview the document and print it for signature</source>
        <translation>Prévisualiser le document et l&apos;imprimer pour signature</translation>
    </message>
    <message>
        <source>Save the document as a PDF file; its SHA-256 is kept on the contract</source>
        <translation>Enregistrer le document en PDF ; son empreinte SHA-256 est conservée sur le contrat</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Hours done</source>
        <translation>Heures réalisées</translation>
    </message>
    <message>
        <source>%1 for the %2 on %3</source>
        <translation>%1 pour %2, le %3</translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>Pas encore signé.</translation>
    </message>
    <message>
        <source>Signed by %1.</source>
        <translation>Signé par %1.</translation>
    </message>
    <message>
        <source>%1 (text %2): %3, %4</source>
        <translation>%1 (version %2) : %3, %4</translation>
    </message>
    <message>
        <source>No printed copy recorded yet.</source>
        <translation>Aucun exemplaire imprimé enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Printed copies (SHA-256):</source>
        <translation>Exemplaires imprimés (SHA-256) :</translation>
    </message>
    <message>
        <source>The template of this document is missing from this build. Reinstall Relève.</source>
        <translation>Le modèle de ce document manque dans cette version. Réinstallez Relève.</translation>
    </message>
    <message>
        <source>Print %1 — %2</source>
        <translation>Imprimer %1 — %2</translation>
    </message>
    <message>
        <source>%1 %2.pdf</source>
        <translation>%1 %2.pdf</translation>
    </message>
    <message>
        <source>Saved to %1 · SHA-256 %2%3</source>
        <translation>Enregistré dans %1 · SHA-256 %2%3</translation>
    </message>
    <message>
        <source>not recorded: %1</source>
        <translation>non conservée : %1</translation>
    </message>
    <message>
        <source>%1 (text %2): %3, awaiting confirmation</source>
        <translation>%1 (version %2) : %3, en attente de confirmation</translation>
    </message>
    <message>
        <source>Name of the person who signed</source>
        <translation>Nom de la personne qui a signé</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Signatory: type the name of the person who signed.</source>
        <translation>Signataire : saisissez le nom de la personne qui a signé.</translation>
    </message>
    <message>
        <source>The signature could not be recorded: %1</source>
        <translation>La signature n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>Record the lender&apos;s signature</source>
        <translation>Enregistrer la signature de la structure prêteuse</translation>
    </message>
    <message>
        <source>Record the user structure&apos;s signature</source>
        <translation>Enregistrer la signature de la structure utilisatrice</translation>
    </message>
    <message>
        <source>Record the employee&apos;s signature</source>
        <translation>Enregistrer la signature du ou de la salarié·e</translation>
    </message>
    <message>
        <source>Signature of %1 sent: awaiting confirmation.</source>
        <translation>Signature de %1 envoyée : en attente de confirmation.</translation>
    </message>
    <message>
        <source>The server refused the signature: %1</source>
        <translation>Le serveur a refusé la signature : %1</translation>
    </message>
    <message>
        <source>hours are already recorded for an intervention it moves or removes; those stay as they are</source>
        <translation>des heures sont déjà saisies pour une intervention qu&apos;il déplace ou retire ; celles-ci restent telles quelles</translation>
    </message>
    <message>
        <source>the worker has another contracted intervention at that time</source>
        <translation>l&apos;intervenant·e a déjà une autre intervention sous contrat à ce moment-là</translation>
    </message>
    <message>
        <source>it changes nothing, or lists an intervention twice</source>
        <translation>il ne change rien, ou cite deux fois la même intervention</translation>
    </message>
    <message>
        <source>an intervention does not end after it starts</source>
        <translation>une intervention ne se termine pas après son début</translation>
    </message>
    <message>
        <source>no intervention is left; end the contract instead</source>
        <translation>il ne reste aucune intervention ; mettez plutôt fin au contrat</translation>
    </message>
    <message>
        <source>the contract has ended</source>
        <translation>le contrat est terminé</translation>
    </message>
    <message>
        <source>only the two structures of the contract can amend it</source>
        <translation>seules les deux structures du contrat peuvent le modifier par avenant</translation>
    </message>
    <message>
        <source>Amend the interventions…</source>
        <translation>Modifier les interventions (avenant)…</translation>
    </message>
    <message>
        <source>No contract selected.</source>
        <translation>Aucun contrat sélectionné.</translation>
    </message>
    <message>
        <source>This contract cannot be read.</source>
        <translation>Ce contrat est illisible.</translation>
    </message>
    <message>
        <source>Only the two structures of the contract can amend it.</source>
        <translation>Seules les deux structures du contrat peuvent le modifier par avenant.</translation>
    </message>
    <message>
        <source>The contract has ended: post a new request instead.</source>
        <translation>Le contrat est terminé : publiez plutôt une nouvelle demande de remplacement.</translation>
    </message>
    <message>
        <source>The contract is not signed yet: the lender signs it first.</source>
        <translation>Le contrat n&apos;est pas encore signé : la structure prêteuse le signe d&apos;abord.</translation>
    </message>
    <message>
        <source>An amendment is awaiting confirmation: synchronise first.</source>
        <translation>Un avenant attend confirmation : synchronisez d&apos;abord.</translation>
    </message>
    <message>
        <source>The amendment could not be queued: %1</source>
        <translation>L&apos;avenant n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Amendment %1 (%2) of %3: %4</source>
        <translation>Avenant %1 (%2) du %3 : %4</translation>
    </message>
    <message>
        <source>The server refused the amendment “%1”: %2.</source>
        <translation>Le serveur a refusé l&apos;avenant « %1 » : %2.</translation>
    </message>
    <message>
        <source>Amendment awaiting confirmation (numbered by the server at the next sync): %1</source>
        <translation>Avenant en attente de confirmation (numéroté par le serveur à la prochaine synchronisation) : %1</translation>
    </message>
    <message>
        <source>Move, shorten, remove or add interventions: an amendment (avenant) with its own number, signed by both structures</source>
        <translation>Déplacer, raccourcir, retirer ou ajouter des interventions : un avenant avec son propre numéro, signé par les deux structures</translation>
    </message>
</context>
<context>
    <name>releve::ui::CopyWeeksDialog</name>
    <message>
        <source>Copy to the following weeks</source>
        <translation>Recopier sur les semaines suivantes</translation>
    </message>
    <message>
        <source>Number of following weeks</source>
        <translation>Nombre de semaines suivantes</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Recopier</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <source>Onto the following weeks:</source>
        <translation>Sur les semaines suivantes :</translation>
    </message>
    <message numerus="yes">
        <source>Copies the one-off slots onto the same days of the %n following week(s), up to %1. Slots already there are left as they are; weekly slots already repeat.</source>
        <translation>
            <numerusform>Recopie les créneaux ponctuels sur les mêmes jours de la semaine suivante, jusqu’au %1. Les créneaux déjà présents restent tels quels ; les créneaux hebdomadaires se répètent déjà.</numerusform>
            <numerusform>Recopie les créneaux ponctuels sur les mêmes jours des %n semaines suivantes, jusqu’au %1. Les créneaux déjà présents restent tels quels ; les créneaux hebdomadaires se répètent déjà.</numerusform>
        </translation>
    </message>
    <message>
        <source>The day %1</source>
        <translation>La journée du %1</translation>
    </message>
    <message>
        <source>The week of %1</source>
        <translation>La semaine du %1</translation>
    </message>
    <message>
        <source>The selected staff member</source>
        <translation>L’intervenant·e sélectionné·e</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Seulement %1</translation>
    </message>
    <message numerus="yes">
        <source>Every staff member shown (%n)</source>
        <translation>
            <numerusform>Tous les intervenant·es affiché·es (%n)</numerusform>
            <numerusform>Tous les intervenant·es affiché·es (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>releve::ui::CorrectionDialog</name>
    <message>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Correct a refused change</source>
        <translation>Corriger une modification refusée</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Removal: %1</source>
        <translation>Suppression : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The server refused this change: %1
%2
It is kept on this computer until you correct and send it again, or discard it.</source>
        <translation>Le serveur a refusé cette modification : %1
%2
Elle est conservée sur cet ordinateur jusqu&apos;à ce que vous la corrigiez et la renvoyiez, ou que vous l&apos;abandonniez.</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
</context>
<context>
    <name>releve::ui::DashboardView</name>
    <message>
        <source>Département %1</source>
        <translation>Département %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 filled of %2 published</source>
        <translation>%1 pourvues sur %2 publiées</translation>
    </message>
    <message>
        <source>Within the CPOM&apos;s 2 % to 5 % target</source>
        <translation>Dans la cible du CPOM (2 % à 5 %)</translation>
    </message>
    <message>
        <source>Outside the CPOM&apos;s 2 % to 5 % target</source>
        <translation>Hors de la cible du CPOM (2 % à 5 %)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>Mises à disposition</translation>
    </message>
    <message>
        <source>Borrowed</source>
        <translation>Reçues</translation>
    </message>
    <message>
        <source>Correction rate</source>
        <translation>Taux de correction</translation>
    </message>
    <message>
        <source>%1 requests, fill rate %2</source>
        <translation>%1 demandes, taux de satisfaction %2</translation>
    </message>
    <message>
        <source>Fill rate</source>
        <translation>Taux de satisfaction</translation>
    </message>
    <message>
        <source>Median time to fill</source>
        <translation>Délai médian de prise en charge</translation>
    </message>
    <message>
        <source>Hours lent</source>
        <translation>Heures mises à disposition</translation>
    </message>
    <message>
        <source>Hours borrowed</source>
        <translation>Heures reçues</translation>
    </message>
    <message>
        <source>Effectivity rate</source>
        <translation>Taux d&apos;effectivité</translation>
    </message>
    <message>
        <source>Correction rate (target 2–5 %)</source>
        <translation>Taux de correction (cible 2–5 %)</translation>
    </message>
    <message>
        <source>Structures counted</source>
        <translation>Structures prises en compte</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Requests by status</source>
        <translation>Demandes par statut</translation>
    </message>
    <message>
        <source>Hours lent and borrowed, last six months</source>
        <translation>Heures mises à disposition et reçues, six derniers mois</translation>
    </message>
    <message>
        <source>Correction rate of time stamps, %</source>
        <translation>Taux de correction des horodatages, en %</translation>
    </message>
    <message>
        <source>CPOM target 2–5 %</source>
        <translation>Cible du CPOM 2–5 %</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base de calcul</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2. Nothing else was changed; choose another folder.</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit : %2. Rien d&apos;autre n&apos;a été modifié ; choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Relève — dashboard</source>
        <translation>Relève — tableau de bord</translation>
    </message>
    <message>
        <source>Computed on %1 from the records of this workstation&apos;s cache.</source>
        <translation>Calculé le %1 à partir des données de ce poste.</translation>
    </message>
    <message>
        <source>Structures</source>
        <translation>Structures</translation>
    </message>
    <message>
        <source>Indicators of the CPOM (ANNEXE II, items 47 to 53) computed on the replacements the platform knows: weekdays are Monday to Saturday except public holidays (Code du travail L3133-1).</source>
        <translation>Indicateurs du CPOM (ANNEXE II, items 47 à 53) calculés sur les remplacements connus de la plateforme : la semaine va du lundi au samedi, hors jours fériés (Code du travail, L3133-1).</translation>
    </message>
    <message>
        <source>The file %1 could not be written. Nothing else was changed; choose another folder.</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit. Rien d&apos;autre n&apos;a été modifié ; choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>Exporter le tableau de bord</translation>
    </message>
    <message>
        <source>dashboard-%1.csv</source>
        <translation>tableau-de-bord-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>dashboard-%1.pdf</source>
        <translation>tableau-de-bord-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>releve::ui::DesktopNotifier</name>
    <message>
        <source>Relève</source>
        <translation>Relève</translation>
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
    <name>releve::ui::ExchangeActions</name>
    <message>
        <source>Import staff</source>
        <translation>Importer des intervenants</translation>
    </message>
    <message>
        <source>Import availability</source>
        <translation>Importer des disponibilités</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2. Nothing was changed; choose another folder.</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit : %2. Rien n&apos;a été modifié ; choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>staff.csv</source>
        <translation>intervenants.csv</translation>
    </message>
    <message>
        <source>availability.csv</source>
        <translation>disponibilites.csv</translation>
    </message>
    <message>
        <source>Export staff</source>
        <translation>Exporter les intervenants</translation>
    </message>
    <message>
        <source>Export availability</source>
        <translation>Exporter les disponibilités</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import staff (CSV)…</source>
        <translation>Importer des intervenants (CSV)…</translation>
    </message>
    <message>
        <source>Import availability (CSV)…</source>
        <translation>Importer des disponibilités (CSV)…</translation>
    </message>
    <message>
        <source>Export staff (CSV)…</source>
        <translation>Exporter les intervenants (CSV)…</translation>
    </message>
    <message>
        <source>Export availability (CSV)…</source>
        <translation>Exporter les disponibilités (CSV)…</translation>
    </message>
    <message>
        <source>Export a worker&apos;s interventions (iCalendar)…</source>
        <translation>Exporter les interventions d&apos;un intervenant (iCalendar)…</translation>
    </message>
</context>
<context>
    <name>releve::ui::HoursDoneModel</name>
    <message>
        <source>not recorded</source>
        <translation>non saisie</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Corrected by hand</source>
        <translation>Corrigée à la main</translation>
    </message>
    <message>
        <source>Time-stamped</source>
        <translation>Horodatée</translation>
    </message>
    <message>
        <source>CPOM rounding: the start to the nearest 5 minutes, the duration to the nearest 5 minutes; raw times are kept.</source>
        <translation>Arrondi du CPOM : début aux 5 minutes les plus proches, durée aux 5 minutes les plus proches ; les heures brutes sont conservées.</translation>
    </message>
    <message>
        <source>Entered or changed by hand: counts in the correction rate.</source>
        <translation>Saisie ou modifiée à la main : compte dans le taux de correction.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Km</source>
        <translation>Km</translation>
    </message>
    <message>
        <source>Raw → rounded (CPOM)</source>
        <translation>Brut → arrondi (CPOM)</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Arrival on %1: &quot;%2&quot; is not a time. Type it as 08:02.</source>
        <translation>Arrivée du %1 : « %2 » n&apos;est pas une heure. Saisissez-la sous la forme 08:02.</translation>
    </message>
    <message>
        <source>Departure on %1: &quot;%2&quot; is not a time. Type it as 09:58.</source>
        <translation>Départ du %1 : « %2 » n&apos;est pas une heure. Saisissez-le sous la forme 09:58.</translation>
    </message>
    <message>
        <source>Kilometres on %1: &quot;%2&quot; is not a whole number.</source>
        <translation>Kilomètres du %1 : « %2 » n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>Type both the arrival and the departure to record the hours.</source>
        <translation>Saisissez l&apos;arrivée et le départ pour enregistrer les heures.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The hours of %1 could not be saved: %2</source>
        <translation>Les heures du %1 n&apos;ont pas pu être enregistrées : %2</translation>
    </message>
</context>
<context>
    <name>releve::ui::HoursDoneView</name>
    <message>
        <source>Import time stamps…</source>
        <translation>Importer des horodatages…</translation>
    </message>
    <message>
        <source>Print statement…</source>
        <translation>Imprimer le relevé…</translation>
    </message>
    <message>
        <source>Statement PDF…</source>
        <translation>Relevé en PDF…</translation>
    </message>
    <message>
        <source>Statement CSV…</source>
        <translation>Relevé en CSV…</translation>
    </message>
    <message>
        <source>Hours done</source>
        <translation>Heures réalisées</translation>
    </message>
    <message>
        <source>Read the CSV export of a time-stamping system</source>
        <translation>Lire l&apos;export CSV d&apos;un système de télégestion</translation>
    </message>
    <message>
        <source>Month of the statement</source>
        <translation>Mois du relevé</translation>
    </message>
    <message>
        <source>Type the arrival and departure (08:02) as they were done; the CPOM rounding is shown beside them. Hours typed or changed by hand count as corrections.</source>
        <translation>Saisissez l&apos;arrivée et le départ (08:02) tels qu&apos;ils ont eu lieu ; l&apos;arrondi du CPOM s&apos;affiche à côté. Les heures saisies ou modifiées à la main comptent comme des corrections.</translation>
    </message>
    <message>
        <source>Monthly statement:</source>
        <translation>Relevé mensuel :</translation>
    </message>
    <message>
        <source>No hours recorded yet.</source>
        <translation>Aucune heure saisie pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>Hours recorded for %1 of %n intervention(s) · corrected by hand: %2 of %1 (%3 %) · CPOM target 2–5 %</source>
        <translation>
            <numerusform>Heures saisies pour %1 intervention sur %n · corrigées à la main : %2 sur %1 (%3 %) · objectif du CPOM 2 à 5 %</numerusform>
            <numerusform>Heures saisies pour %1 interventions sur %n · corrigées à la main : %2 sur %1 (%3 %) · objectif du CPOM 2 à 5 %</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the lending structure records the hours done</source>
        <translation>Seule la structure prêteuse saisit les heures réalisées</translation>
    </message>
    <message>
        <source>Import time stamps</source>
        <translation>Importer des horodatages</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The statement template is missing from this build. Reinstall Relève.</source>
        <translation>Le modèle du relevé manque dans cette version. Réinstallez Relève.</translation>
    </message>
    <message>
        <source>Statement %1, %2</source>
        <translation>Relevé %1, %2</translation>
    </message>
    <message>
        <source>Save the statement as PDF</source>
        <translation>Enregistrer le relevé en PDF</translation>
    </message>
    <message>
        <source>Statement %1 %2-%3.pdf</source>
        <translation>Relevé %1 %2-%3.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The statement could not be saved: %1</source>
        <translation>Le relevé n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Statement saved to %1 (total %2).</source>
        <translation>Relevé enregistré dans %1 (total %2).</translation>
    </message>
    <message>
        <source>Save the statement as CSV</source>
        <translation>Enregistrer le relevé en CSV</translation>
    </message>
    <message>
        <source>Statement %1 %2-%3.csv</source>
        <translation>Relevé %1 %2-%3.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>releve::ui::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Save the rejected lines…</source>
        <translation>Enregistrer les lignes refusées…</translation>
    </message>
    <message>
        <source>Import staff</source>
        <translation>Importer des intervenants</translation>
    </message>
    <message>
        <source>Import availability</source>
        <translation>Importer des disponibilités</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Check which field each column of the file goes to. Columns set to “Ignore” are not imported. Dates are read as dd/mm/yyyy, decimals with a comma or a point.</source>
        <translation>Vérifiez le champ associé à chaque colonne du fichier. Les colonnes « Ignorer » ne sont pas importées. Les dates se lisent jj/mm/aaaa, les décimales avec une virgule ou un point.</translation>
    </message>
    <message>
        <source>The file could not be read: %1. Nothing was imported.</source>
        <translation>Le fichier n&apos;a pas pu être lu : %1. Rien n&apos;a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) after the header</source>
        <translation>
            <numerusform>%1 : %n ligne après l&apos;en-tête</numerusform>
            <numerusform>%1 : %n lignes après l&apos;en-tête</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not in UTF-8: save it again as “CSV UTF-8” from your spreadsheet. Nothing was imported.</source>
        <translation>Le fichier n&apos;est pas en UTF-8 : enregistrez-le de nouveau au format « CSV UTF-8 » depuis votre tableur. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>“%1” is chosen for two columns: keep it for one.</source>
        <translation>« %1 » est choisi pour deux colonnes : gardez-le pour une seule.</translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation>Choisissez une colonne pour : %1.</translation>
    </message>
    <message>
        <source>%1 line(s) ready to import, %2 with a problem.</source>
        <translation>%1 ligne(s) prête(s) à importer, %2 avec un problème.</translation>
    </message>
    <message>
        <source>%1 line(s) imported (%2 new, %3 updated); they will be sent with the next synchronisation.</source>
        <translation>%1 ligne(s) importée(s) (%2 nouvelle(s), %3 mise(s) à jour) ; elles seront envoyées à la prochaine synchronisation.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) were not imported: they are listed below. Save them to a file, correct them and import that file.</source>
        <translation>
            <numerusform>%n ligne n&apos;a pas été importée : elle est listée ci-dessous. Enregistrez-la dans un fichier, corrigez-la et importez ce fichier.</numerusform>
            <numerusform>%n lignes n&apos;ont pas été importées : elles sont listées ci-dessous. Enregistrez-les dans un fichier, corrigez-les et importez ce fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the rejected lines</source>
        <translation>Enregistrer les lignes refusées</translation>
    </message>
    <message>
        <source>%1-to-fix.csv</source>
        <translation>%1-a-corriger.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2. The rejected lines are still listed here; choose another folder.</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit : %2. Les lignes refusées restent listées ici ; choisissez un autre dossier.</translation>
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
    <message>
        <source>Staff</source>
        <translation>Intervenant·e·s</translation>
    </message>
    <message numerus="yes">
        <source>%n incoming request(s) your staff could cover</source>
        <translation>
            <numerusform>%n demande reçue que vos intervenant·e·s pourraient couvrir</numerusform>
            <numerusform>%n demandes reçues que vos intervenant·e·s pourraient couvrir</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Map settings</source>
        <translation>Réglages de la carte</translation>
    </message>
    <message>
        <source>The map settings could not all be applied: %1</source>
        <translation>Les réglages de la carte n&apos;ont pas tous pu être appliqués : %1</translation>
    </message>
    <message>
        <source>The new language will be used from the next start of Relève.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Relève.</translation>
    </message>
    <message>
        <source>&amp;Import and export</source>
        <translation>&amp;Importer et exporter</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>R&amp;églages…</translation>
    </message>
    <message>
        <source>Changes to review</source>
        <translation>Modifications à examiner</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting for your decision</source>
        <translation>
            <numerusform>%n modification attend votre décision</numerusform>
            <numerusform>%n modifications attendent votre décision</numerusform>
        </translation>
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
    <name>releve::ui::PatternDialog</name>
    <message>
        <source>Weekly pattern</source>
        <translation>Semaine type</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Intervenant·e</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Optional, for your agency only</source>
        <translation>Facultatif, pour votre structure uniquement</translation>
    </message>
    <message>
        <source>Create the slots</source>
        <translation>Créer les créneaux</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
</context>
<context>
    <name>releve::ui::PlanningEdits</name>
    <message>
        <source>This slot no longer exists.</source>
        <translation>Ce créneau n’existe plus.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>copy %n slot(s) to the following weeks</source>
        <translation>
            <numerusform>recopie de %n créneau sur les semaines suivantes</numerusform>
            <numerusform>recopie de %n créneaux sur les semaines suivantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a staff member.</source>
        <translation>Choisissez un·e intervenant·e.</translation>
    </message>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation>Choisissez au moins un jour de la semaine.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>La fin doit être après le début.</translation>
    </message>
    <message>
        <source>The last day must be on or after the first.</source>
        <translation>Le dernier jour doit être le même que le premier ou après.</translation>
    </message>
    <message>
        <source>A pattern covers at most one year.</source>
        <translation>Une semaine type couvre au plus un an.</translation>
    </message>
    <message numerus="yes">
        <source>weekly pattern: %n slot(s)</source>
        <translation>
            <numerusform>semaine type : %n créneau</numerusform>
            <numerusform>semaine type : %n créneaux</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>releve::ui::PlanningGrid</name>
    <message>
        <source>Arrows move between days and staff members. Insert adds a slot, Enter edits the chosen one, Space chooses the next slot of the day, Shift+Left or Right moves it by 15 minutes (5 with Ctrl), + and - change its end, Shift+Up or Down its start, Delete removes it.</source>
        <translation>Les flèches passent d’un jour et d’un·e intervenant·e à l’autre. Inser ajoute un créneau, Entrée modifie le créneau choisi, Espace choisit le créneau suivant de la journée, Maj+Gauche ou Droite le déplace de 15 minutes (5 avec Ctrl), + et - changent sa fin, Maj+Haut ou Bas son début, Suppr le supprime.</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
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
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Absence %1 overlaps another slot or an intervention</source>
        <translation>L’absence %1 chevauche un autre créneau ou une intervention</translation>
    </message>
    <message>
        <source>Availability %1 overlaps another slot</source>
        <translation>La disponibilité %1 chevauche un autre créneau</translation>
    </message>
    <message>
        <source>Contracted intervention %1–%2 (%3)</source>
        <translation>Intervention sous contrat %1–%2 (%3)</translation>
    </message>
</context>
<context>
    <name>releve::ui::PlanningPainter</name>
    <message>
        <source>Absent %1</source>
        <translation>Absent·e %1</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Contrat %1</translation>
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
    <name>releve::ui::PlanningPrinter</name>
    <message>
        <source>Planning — %1 — week %2, %3 to %4</source>
        <translation>Planning — %1 — semaine %2, du %3 au %4</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Intervenant·e</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>No staff member matches the filters.</source>
        <translation>Aucun·e intervenant·e ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>Times are local. Green: available; red hatched: absent; blue: contracted intervention; red outline: overlap; orange stripes: outside the working amplitude; dashed: not sent to the server yet.</source>
        <translation>Heures locales. Vert : disponible ; hachuré rouge : absent·e ; bleu : intervention sous contrat ; contour rouge : chevauchement ; rayures orange : hors amplitude de travail ; pointillés : pas encore envoyé au serveur.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
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
    <message>
        <source>Weekly pattern…</source>
        <translation>Semaine type…</translation>
    </message>
    <message>
        <source>Copy to following weeks…</source>
        <translation>Recopier sur les semaines suivantes…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation>Toutes compétences</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Any qualification</source>
        <translation>Toutes qualifications</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilité</translation>
    </message>
    <message>
        <source>Any mobility</source>
        <translation>Toutes mobilités</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Every sector</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>Show this week</source>
        <translation>Afficher cette semaine</translation>
    </message>
    <message>
        <source>Weeks shown</source>
        <translation>Semaines affichées</translation>
    </message>
    <message>
        <source>One week</source>
        <translation>Une semaine</translation>
    </message>
    <message>
        <source>Four weeks</source>
        <translation>Quatre semaines</translation>
    </message>
    <message>
        <source>Add slot</source>
        <translation>Ajouter un créneau</translation>
    </message>
    <message>
        <source>Add an availability or an absence for the selected staff member (Insert)</source>
        <translation>Ajouter une disponibilité ou une absence pour l’intervenant·e sélectionné·e (Inser)</translation>
    </message>
    <message>
        <source>Weekly pattern</source>
        <translation>Semaine type</translation>
    </message>
    <message>
        <source>Create the same slots on chosen days of several weeks</source>
        <translation>Créer les mêmes créneaux sur les jours choisis de plusieurs semaines</translation>
    </message>
    <message>
        <source>Copy to following weeks</source>
        <translation>Recopier sur les semaines suivantes</translation>
    </message>
    <message>
        <source>Copy the selected day or the week onto the following weeks</source>
        <translation>Recopier le jour sélectionné ou la semaine sur les semaines suivantes</translation>
    </message>
    <message>
        <source>Print the planning</source>
        <translation>Imprimer le planning</translation>
    </message>
    <message>
        <source>Print the weeks shown, one week per page, or save them as PDF</source>
        <translation>Imprimer les semaines affichées, une semaine par page, ou les enregistrer en PDF</translation>
    </message>
    <message>
        <source>Find a staff member</source>
        <translation>Rechercher un·e intervenant·e</translation>
    </message>
    <message>
        <source>Find a staff member…</source>
        <translation>Rechercher un·e intervenant·e…</translation>
    </message>
    <message>
        <source>Contracted intervention</source>
        <translation>Intervention sous contrat</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Chevauchement</translation>
    </message>
    <message>
        <source>Outside the working amplitude</source>
        <translation>Hors de l’amplitude de travail</translation>
    </message>
    <message>
        <source>Drag in a day to add a slot, drag a slot to move it, its edges to change its hours. Times are local (%1).</source>
        <translation>Faites glisser dans une journée pour ajouter un créneau, faites glisser un créneau pour le déplacer, ses bords pour changer ses horaires. Heures locales (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n staff member(s)</source>
        <translation>
            <numerusform>%1 sur %n intervenant·e</numerusform>
            <numerusform>%1 sur %n intervenant·es</numerusform>
        </translation>
    </message>
    <message>
        <source>Next four weeks</source>
        <translation>Quatre semaines suivantes</translation>
    </message>
    <message>
        <source>Previous four weeks</source>
        <translation>Quatre semaines précédentes</translation>
    </message>
    <message>
        <source>Weeks %1 to %2 · %3</source>
        <translation>Semaines %1 à %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s) copied.</source>
        <translation>
            <numerusform>%n créneau recopié.</numerusform>
            <numerusform>%n créneaux recopiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there.</source>
        <translation>
            <numerusform>%n déjà présent.</numerusform>
            <numerusform>%n déjà présents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not copied:</source>
        <translation>
            <numerusform>%n non recopié :</numerusform>
            <numerusform>%n non recopiés :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s) created.</source>
        <translation>
            <numerusform>%n créneau créé.</numerusform>
            <numerusform>%n créneaux créés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not created:</source>
        <translation>
            <numerusform>%n non créé :</numerusform>
            <numerusform>%n non créés :</numerusform>
        </translation>
    </message>
    <message>
        <source>Planning %1</source>
        <translation>Planning %1</translation>
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
    <message>
        <source>None of your staff fits this request on what this computer knows (availability, skills, distance, contracts). Each worker below says why.</source>
        <translation>Aucun·e de vos intervenant·es ne convient à cette demande d&apos;après ce que cet ordinateur connaît (disponibilités, compétences, distance, contrats). Chaque intervenant·e ci-dessous en indique la raison.</translation>
    </message>
    <message numerus="yes">
        <source>%n of your staff fit(s) this request, in the order the platform would rank them, computed on this computer (it works offline).</source>
        <translation>
            <numerusform>%n de vos intervenant·es convient à cette demande, dans l&apos;ordre où la plateforme le classerait, calculé sur cet ordinateur (cela fonctionne hors connexion).</numerusform>
            <numerusform>%n de vos intervenant·es conviennent à cette demande, dans l&apos;ordre où la plateforme les classerait, calculé sur cet ordinateur (cela fonctionne hors connexion).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Couvre</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Labour limits</source>
        <translation>Limites du droit du travail</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>None known</source>
        <translation>Aucune connue</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n alerte</numerusform>
            <numerusform>%n alertes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Non retenu·e</translation>
    </message>
    <message>
        <source>Choose a worker to see why the platform ranks them there and the labour limits to check before proposing.</source>
        <translation>Choisissez un·e intervenant·e pour voir pourquoi la plateforme le ou la classe à ce rang, et les limites du droit du travail à vérifier avant de proposer.</translation>
    </message>
    <message>
        <source>%1, rank %2:</source>
        <translation>%1, rang %2 :</translation>
    </message>
    <message>
        <source>No labour-limit warning on what Relève knows of this worker&apos;s week.</source>
        <translation>Aucune alerte sur les limites du droit du travail d&apos;après ce que Relève connaît de la semaine de cet·te intervenant·e.</translation>
    </message>
    <message>
        <source>Before proposing, check the labour limits:</source>
        <translation>Avant de proposer, vérifiez les limites du droit du travail :</translation>
    </message>
    <message>
        <source>The platform would not rank %1: %2</source>
        <translation>La plateforme ne retiendrait pas %1 : %2</translation>
    </message>
    <message>
        <source>Propose them only if this computer is behind what you know (availability not yet recorded, for example).</source>
        <translation>Ne le ou la proposez que si cet ordinateur n&apos;est pas à jour de ce que vous savez (disponibilité pas encore saisie, par exemple).</translation>
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
    <message>
        <source>Edit draft…</source>
        <translation>Modifier le brouillon…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Warnings overridden</source>
        <translation>Alertes maintenues</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up: %n proposal(s) received</source>
        <translation>
            <numerusform>Suivi : %n proposition reçue</numerusform>
            <numerusform>Suivi : %n propositions reçues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n accepted</source>
        <translation>
            <numerusform>, %n acceptée</numerusform>
            <numerusform>, %n acceptées</numerusform>
        </translation>
    </message>
    <message>
        <source>No contract yet.</source>
        <translation>Pas encore de contrat.</translation>
    </message>
    <message>
        <source>Contract: %1.</source>
        <translation>Contrat : %1.</translation>
    </message>
    <message>
        <source>Proposals received — the other agencies answer until %1</source>
        <translation>Propositions reçues — les autres structures répondent jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Proposals received — the answer deadline has passed; decide on the offers still standing</source>
        <translation>Propositions reçues — la date limite de réponse est passée ; décidez des propositions encore valables</translation>
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
    <message>
        <source>The person is in hospital, or has just left it</source>
        <translation>La personne est hospitalisée, ou vient de sortir de l&apos;hôpital</translation>
    </message>
    <message>
        <source>Discharged on</source>
        <translation>Sortie le</translation>
    </message>
    <message>
        <source>Home hospitalisation (HAD)</source>
        <translation>Hospitalisation à domicile (HAD)</translation>
    </message>
    <message>
        <source>Warnings of the rules</source>
        <translation>Alertes des règles</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Address of the mission</source>
        <translation>Adresse de l&apos;intervention</translation>
    </message>
    <message>
        <source>Addresses found</source>
        <translation>Adresses trouvées</translation>
    </message>
    <message>
        <source>Place of the mission on the map: click or drag the pin to put it by hand</source>
        <translation>Lieu de l&apos;intervention sur la carte : cliquez ou faites glisser l&apos;épingle pour la placer à la main</translation>
    </message>
    <message>
        <source>Filled in from the address; the other agencies see it</source>
        <translation>Rempli d&apos;après l&apos;adresse ; visible par les autres structures</translation>
    </message>
    <message>
        <source>Beneficiary reference</source>
        <translation>Référence du bénéficiaire</translation>
    </message>
    <message>
        <source>Admitted to hospital on</source>
        <translation>Hospitalisé·e depuis le</translation>
    </message>
    <message>
        <source>Discharged from hospital on</source>
        <translation>Sortie d&apos;hôpital le</translation>
    </message>
    <message>
        <source>How to enter the interventions</source>
        <translation>Saisie des interventions</translation>
    </message>
    <message>
        <source>Pattern from</source>
        <translation>Modèle à partir du</translation>
    </message>
    <message>
        <source>Pattern until</source>
        <translation>Modèle jusqu&apos;au</translation>
    </message>
    <message>
        <source>Pattern: start of each intervention</source>
        <translation>Modèle : début de chaque intervention</translation>
    </message>
    <message>
        <source>Pattern: end of each intervention</source>
        <translation>Modèle : fin de chaque intervention</translation>
    </message>
    <message>
        <source>Day without intervention</source>
        <translation>Jour sans intervention</translation>
    </message>
    <message>
        <source>Days without intervention</source>
        <translation>Jours sans intervention</translation>
    </message>
    <message>
        <source>Add day off</source>
        <translation>Ajouter un jour sans</translation>
    </message>
    <message>
        <source>Remove day off</source>
        <translation>Retirer le jour sans</translation>
    </message>
    <message>
        <source>Add these interventions</source>
        <translation>Ajouter ces interventions</translation>
    </message>
    <message>
        <source>until</source>
        <translation>jusqu&apos;au</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Chaque</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>Except</source>
        <translation>Sauf</translation>
    </message>
    <message>
        <source>Weekly pattern</source>
        <translation>Modèle hebdomadaire</translation>
    </message>
    <message>
        <source>One by one</source>
        <translation>Une par une</translation>
    </message>
    <message>
        <source>Planned interventions</source>
        <translation>Interventions prévues</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Change the interventions, or say why the replacement must go ahead as planned. The reason is kept with the request.</source>
        <translation>Modifiez les interventions, ou indiquez pourquoi le remplacement doit avoir lieu tel que prévu. Le motif est conservé avec la demande.</translation>
    </message>
    <message>
        <source>admitted on</source>
        <translation>entrée le</translation>
    </message>
    <message>
        <source>Hospital stay</source>
        <translation>Hospitalisation</translation>
    </message>
    <message>
        <source>Remove the selected intervention</source>
        <translation>Retirer l&apos;intervention sélectionnée</translation>
    </message>
    <message>
        <source>Keep it on this computer, and on the server once online; not sent to other agencies</source>
        <translation>La garder sur cet ordinateur, et sur le serveur une fois en ligne ; non transmise aux autres structures</translation>
    </message>
    <message>
        <source>Save and send to the other agencies of the territory</source>
        <translation>Enregistrer et envoyer aux autres structures du territoire</translation>
    </message>
    <message>
        <source>Replacement request (draft)</source>
        <translation>Demande de remplacement (brouillon)</translation>
    </message>
    <message>
        <source>This intervention overlaps one already planned.</source>
        <translation>Cette intervention chevauche une intervention déjà prévue.</translation>
    </message>
    <message>
        <source>The pattern ends before it starts.</source>
        <translation>Le modèle se termine avant de commencer.</translation>
    </message>
    <message>
        <source>A pattern covers at most a year.</source>
        <translation>Un modèle couvre au plus un an.</translation>
    </message>
    <message>
        <source>No day of the range matches the pattern.</source>
        <translation>Aucun jour de la période ne correspond au modèle.</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>Pour information</translation>
    </message>
    <message>
        <source>Goes ahead: %1</source>
        <translation>Maintenue : %1</translation>
    </message>
    <message>
        <source>Needs a reason</source>
        <translation>Motif requis</translation>
    </message>
    <message>
        <source>Why it must go ahead as planned</source>
        <translation>Pourquoi elle doit avoir lieu comme prévu</translation>
    </message>
    <message>
        <source>Reason (%1)</source>
        <translation>Motif (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n field(s) to check above.</source>
        <translation>
            <numerusform>Non enregistrée : %n champ à vérifier ci-dessus.</numerusform>
            <numerusform>Non enregistrée : %n champs à vérifier ci-dessus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find the address, or put the pin on the map by hand.</source>
        <translation>Recherchez l&apos;adresse, ou placez l&apos;épingle sur la carte à la main.</translation>
    </message>
    <message>
        <source>Record the person&apos;s consent before the request leaves your agency.</source>
        <translation>Recueillez le consentement de la personne avant que la demande ne quitte votre structure.</translation>
    </message>
    <message>
        <source>Change the interventions, or give a reason for: %1.</source>
        <translation>Modifiez les interventions, ou donnez un motif pour : %1.</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message numerus="yes">
        <source>… %n in all</source>
        <translation>
            <numerusform>… %n au total</numerusform>
            <numerusform>… %n au total</numerusform>
        </translation>
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
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No one available</source>
        <translation>Personne de disponible</translation>
    </message>
    <message>
        <source>My staff</source>
        <translation>Mes intervenant·e·s</translation>
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
    <message>
        <source>Publish selected</source>
        <translation>Publier la sélection</translation>
    </message>
    <message>
        <source>Cancel selected…</source>
        <translation>Annuler la sélection…</translation>
    </message>
    <message>
        <source>Publish every selected draft</source>
        <translation>Publier chaque brouillon sélectionné</translation>
    </message>
    <message>
        <source>Cancel every selected request, with one reason</source>
        <translation>Annuler chaque demande sélectionnée, avec un même motif</translation>
    </message>
    <message>
        <source>Select several with Shift or Ctrl to publish or cancel them at once</source>
        <translation>Sélectionnez-en plusieurs avec Maj ou Ctrl pour les publier ou les annuler en une fois</translation>
    </message>
    <message>
        <source>Requests of the territory</source>
        <translation>Demandes du territoire</translation>
    </message>
    <message>
        <source>Incoming (%1, %2 for my staff)</source>
        <translation>Reçues (%1, dont %2 pour mes intervenant·e·s)</translation>
    </message>
    <message>
        <source>%1 needs someone in %2 (%3); one of your staff could cover it.</source>
        <translation>%1 cherche quelqu&apos;un à %2 (%3) ; un·e de vos intervenant·e·s pourrait y répondre.</translation>
    </message>
    <message numerus="yes">
        <source>%n urgent requests could be covered by your staff.</source>
        <translation>
            <numerusform>%n demande urgente pourrait être couverte par vos intervenant·e·s.</numerusform>
            <numerusform>%n demandes urgentes pourraient être couvertes par vos intervenant·e·s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Urgent replacement request</source>
        <translation>Demande de remplacement urgente</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionnée</numerusform>
            <numerusform>%n sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Publish %n draft(s)</source>
        <translation>
            <numerusform>Publier %n brouillon</numerusform>
            <numerusform>Publier %n brouillons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n request(s)…</source>
        <translation>
            <numerusform>Annuler %n demande…</numerusform>
            <numerusform>Annuler %n demandes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent for publication. Awaiting confirmation from the server.</source>
        <translation>
            <numerusform>%n demande envoyée pour publication. En attente de confirmation du serveur.</numerusform>
            <numerusform>%n demandes envoyées pour publication. En attente de confirmation du serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not published, the person&apos;s consent is not recorded: %1. Open each one to record it.</source>
        <translation>Non publiées, le consentement de la personne n&apos;est pas recueilli : %1. Ouvrez chacune pour l&apos;enregistrer.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent for cancellation. Awaiting confirmation from the server.</source>
        <translation>
            <numerusform>%n demande envoyée pour annulation. En attente de confirmation du serveur.</numerusform>
            <numerusform>%n demandes envoyées pour annulation. En attente de confirmation du serveur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>releve::ui::ReviewChangesView</name>
    <message>
        <source>Compare and choose…</source>
        <translation>Comparer et choisir…</translation>
    </message>
    <message>
        <source>Correct and send again…</source>
        <translation>Corriger et renvoyer…</translation>
    </message>
    <message>
        <source>Send again as it is</source>
        <translation>Renvoyer tel quel</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <source>For a refusal that no longer applies (the other agency accepted the charter, a contract ended…)</source>
        <translation>Pour un refus qui ne s&apos;applique plus (l&apos;autre structure a accepté la charte, un contrat a pris fin…)</translation>
    </message>
    <message>
        <source>Changes to review</source>
        <translation>Modifications à examiner</translation>
    </message>
    <message>
        <source>Nothing to review: every change was accepted by the server.</source>
        <translation>Rien à examiner : toutes les modifications ont été acceptées par le serveur.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) need your decision. They are kept on this computer and are not sent until you decide.</source>
        <translation>
            <numerusform>%n modification attend votre décision. Elle est conservée sur cet ordinateur et n&apos;est pas envoyée avant votre décision.</numerusform>
            <numerusform>%n modifications attendent votre décision. Elles sont conservées sur cet ordinateur et ne sont pas envoyées avant votre décision.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard a refused change</source>
        <translation>Abandonner une modification refusée</translation>
    </message>
    <message>
        <source>Discard this change for good? %1
The server keeps its own version; what you typed for this change is lost on this computer.</source>
        <translation>Abandonner définitivement cette modification ? %1
Le serveur garde sa propre version ; ce que vous aviez saisi pour cette modification est perdu sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>releve::ui::ReviewModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Removal: %1</source>
        <translation>Suppression : %1</translation>
    </message>
    <message>
        <source>Changed here and on the server</source>
        <translation>Modifié ici et sur le serveur</translation>
    </message>
    <message>
        <source>Changed here and on the server: %1</source>
        <translation>Modifié ici et sur le serveur : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refusé par le serveur</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation>Pourquoi en attente</translation>
    </message>
</context>
<context>
    <name>releve::ui::SettingsDialog</name>
    <message>
        <source>Download map tiles and look up addresses</source>
        <translation>Télécharger les fonds de carte et rechercher les adresses</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Langue de l&apos;interface :</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Tile server:</source>
        <translation>Serveur de tuiles :</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>Attribution :</translation>
    </message>
    <message>
        <source>Disk cache:</source>
        <translation>Cache disque :</translation>
    </message>
    <message>
        <source>Address search server:</source>
        <translation>Serveur de recherche d&apos;adresses :</translation>
    </message>
    <message>
        <source>An XYZ address with {z}, {x} and {y}; the tile server&apos;s licence usually asks for its attribution on the map.</source>
        <translation>Une adresse XYZ avec {z}, {x} et {y} ; la licence du serveur de tuiles demande en général d&apos;afficher son attribution sur la carte.</translation>
    </message>
    <message>
        <source>Tile server: “%1” is not an http(s) address with {z}, {x} and {y}. Nothing was changed.</source>
        <translation>Serveur de tuiles : « %1 » n&apos;est pas une adresse http(s) avec {z}, {x} et {y}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Address search server: “%1” is not an http(s) address. Nothing was changed.</source>
        <translation>Serveur de recherche d&apos;adresses : « %1 » n&apos;est pas une adresse http(s). Rien n&apos;a été modifié.</translation>
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
    <name>releve::ui::StaffForm</name>
    <message>
        <source>May be proposed to other agencies of the territory</source>
        <translation>Peut être proposé·e aux autres structures du territoire</translation>
    </message>
    <message>
        <source>Works for the agency at present</source>
        <translation>Travaille actuellement pour la structure</translation>
    </message>
    <message>
        <source>Confirm this week as is</source>
        <translation>Confirmer cette semaine telle quelle</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <source>Home base: address to look up</source>
        <translation>Point de départ : adresse à rechercher</translation>
    </message>
    <message>
        <source>Type an address to place the point; only the point is kept</source>
        <translation>Saisissez une adresse pour placer le point ; seul le point est conservé</translation>
    </message>
    <message>
        <source>Addresses found</source>
        <translation>Adresses trouvées</translation>
    </message>
    <message>
        <source>Home base on the map: click to place the point</source>
        <translation>Point de départ sur la carte : cliquez pour placer le point</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source> h a week</source>
        <translation> h par semaine</translation>
    </message>
    <message>
        <source>Other agencies then see a pseudonym, the qualification, the skills and a distance band; never the name, phone or home.</source>
        <translation>Les autres structures voient alors un pseudonyme, la qualification, les compétences et une tranche de distance ; jamais le nom, le téléphone ni le domicile.</translation>
    </message>
    <message>
        <source>The planned availability of this worker is right for this week: say so, so that other agencies&apos; searches trust it</source>
        <translation>Les disponibilités prévues de cet·te intervenant·e sont justes pour cette semaine : confirmez-le, pour que les recherches des autres structures s&apos;y fient</translation>
    </message>
    <message>
        <source>Identity (seen by your agency only)</source>
        <translation>Identité (visible par votre structure seulement)</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;Home base</source>
        <translation>Point de &amp;départ</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>&amp;Qualification</source>
        <translation>&amp;Qualification</translation>
    </message>
    <message>
        <source>S&amp;kills</source>
        <translation>&amp;Compétences</translation>
    </message>
    <message>
        <source>&amp;Mobility</source>
        <translation>&amp;Mobilité</translation>
    </message>
    <message>
        <source>Maximum &amp;travel</source>
        <translation>Dé&amp;placement maximal</translation>
    </message>
    <message>
        <source>&amp;Weekly ceiling</source>
        <translation>Plafond &amp;hebdomadaire</translation>
    </message>
    <message>
        <source>Consent to sharing</source>
        <translation>Accord pour être proposé·e</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>En activité</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <source>New worker</source>
        <translation>Nouvel·le intervenant·e</translation>
    </message>
    <message>
        <source>Other agencies&apos; searches rank stale availability last.</source>
        <translation>Les recherches des autres structures classent en dernier les disponibilités non confirmées.</translation>
    </message>
    <message>
        <source>Save the worker first, then plan and confirm the availability.</source>
        <translation>Enregistrez d&apos;abord l&apos;intervenant·e, puis planifiez et confirmez ses disponibilités.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Not saved. Check: %1</source>
        <translation>Non enregistré. À vérifier : %1</translation>
    </message>
    <message>
        <source>Saved on this computer; sent at the next synchronisation.</source>
        <translation>Enregistré sur cet ordinateur ; envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Availability confirmed for this week.</source>
        <translation>Disponibilités confirmées pour cette semaine.</translation>
    </message>
</context>
<context>
    <name>releve::ui::StaffListModel</name>
    <message>
        <source>Never confirmed</source>
        <translation>Jamais confirmées</translation>
    </message>
    <message>
        <source>Confirmed today</source>
        <translation>Confirmées aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Confirmed yesterday</source>
        <translation>Confirmées hier</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed %n day(s) ago (%1)</source>
        <translation>
            <numerusform>Confirmées il y a %n jour (%1)</numerusform>
            <numerusform>Confirmées il y a %n jours (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif·ve)</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Proposable</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>Non proposable</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Pas encore envoyé</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>En conflit</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refusé par le serveur</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <source>Mobility</source>
        <translation>Mobilité</translation>
    </message>
    <message>
        <source>Other agencies</source>
        <translation>Autres structures</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed %n day(s) ago</source>
        <translation>
            <numerusform>Confirmées il y a %n jour</numerusform>
            <numerusform>Confirmées il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>releve::ui::StaffView</name>
    <message>
        <source>New worker</source>
        <translation>Nouvel·le intervenant·e</translation>
    </message>
    <message>
        <source>Confirm this week for the selection</source>
        <translation>Confirmer cette semaine pour la sélection</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Intervenant·e·s</translation>
    </message>
    <message>
        <source>The planned availability of the selected workers is right for this week</source>
        <translation>Les disponibilités prévues des intervenant·e·s sélectionné·e·s sont justes pour cette semaine</translation>
    </message>
    <message>
        <source>Search staff</source>
        <translation>Rechercher un·e intervenant·e</translation>
    </message>
    <message>
        <source>Search by name, qualification, skill…</source>
        <translation>Rechercher par nom, qualification, compétence…</translation>
    </message>
    <message>
        <source>Staff of the agency</source>
        <translation>Intervenant·e·s de la structure</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The changes to %1 are not saved. Save them before leaving the form?</source>
        <translation>Les modifications de %1 ne sont pas enregistrées. Les enregistrer avant de quitter la fiche ?</translation>
    </message>
    <message>
        <source>the new worker</source>
        <translation>la nouvelle fiche</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n intervenant·e</numerusform>
            <numerusform>%n intervenant·e·s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to confirm</source>
        <translation>
            <numerusform>%n à confirmer</numerusform>
            <numerusform>%n à confirmer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionné·e</numerusform>
            <numerusform>%n sélectionné·e·s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Availability confirmed for %n worker(s).</source>
        <translation>
            <numerusform>Disponibilités confirmées pour %n intervenant·e.</numerusform>
            <numerusform>Disponibilités confirmées pour %n intervenant·e·s.</numerusform>
        </translation>
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
    <message>
        <source>Conflicts and changes the server refused wait for your decision</source>
        <translation>Des conflits et des modifications refusées par le serveur attendent votre décision</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to review</source>
        <translation>
            <numerusform>%n modification à examiner</numerusform>
            <numerusform>%n modifications à examiner</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>releve::ui::TimestampImportDialog</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Raw → rounded (CPOM)</source>
        <translation>Brut → arrondi (CPOM)</translation>
    </message>
    <message>
        <source>Km</source>
        <translation>Km</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Line as read</source>
        <translation>Ligne telle que lue</translation>
    </message>
    <message>
        <source>Save rejected lines…</source>
        <translation>Enregistrer les lignes rejetées…</translation>
    </message>
    <message>
        <source>Import time stamps</source>
        <translation>Importer des horodatages</translation>
    </message>
    <message>
        <source>Save the lines that were not imported, with the header, to fix them and import them again</source>
        <translation>Enregistrer les lignes non importées, avec l&apos;en-tête, pour les corriger et les importer à nouveau</translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>Prêtes à importer</translation>
    </message>
    <message>
        <source>Not imported: problems by line</source>
        <translation>Non importées : problèmes par ligne</translation>
    </message>
    <message>
        <source>%1 could not be read (%2). Nothing was imported; check the file and try again.</source>
        <translation>%1 n&apos;a pas pu être lu (%2). Rien n&apos;a été importé ; vérifiez le fichier et réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read from %1</source>
        <translation>
            <numerusform>%n ligne lue dans %1</numerusform>
            <numerusform>%n lignes lues dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready to import</source>
        <translation>
            <numerusform>%n prête à importer</numerusform>
            <numerusform>%n prêtes à importer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already recorded (kept as they are)</source>
        <translation>
            <numerusform>%n déjà saisie (conservée telle quelle)</numerusform>
            <numerusform>%n déjà saisies (conservées telles quelles)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n avec des problèmes</numerusform>
            <numerusform>%n avec des problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>already recorded: kept</source>
        <translation>déjà saisie : conservée</translation>
    </message>
    <message numerus="yes">
        <source>Import %n line(s)</source>
        <translation>
            <numerusform>Importer %n ligne</numerusform>
            <numerusform>Importer %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) imported; they are sent with the next synchronisation.</source>
        <translation>
            <numerusform>%n ligne importée ; elle sera envoyée à la prochaine synchronisation.</numerusform>
            <numerusform>%n lignes importées ; elles seront envoyées à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not stored: %1.</source>
        <translation>Non enregistrées : %1.</translation>
    </message>
    <message>
        <source>Save rejected lines</source>
        <translation>Enregistrer les lignes rejetées</translation>
    </message>
    <message>
        <source>%1 - rejected lines.csv</source>
        <translation>%1 - lignes rejetées.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The rejected lines could not be saved to %1 (%2); they are still listed here.</source>
        <translation>Les lignes rejetées n&apos;ont pas pu être enregistrées dans %1 (%2) ; elles restent affichées ici.</translation>
    </message>
    <message>
        <source>Rejected lines saved to %1.</source>
        <translation>Lignes rejetées enregistrées dans %1.</translation>
    </message>
</context>
</TS>
