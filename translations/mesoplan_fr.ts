<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AuditAction</name>
    <message>
        <source>Adverse event recorded</source>
        <translation>Effet indésirable enregistré</translation>
    </message>
    <message>
        <source>Adverse events read</source>
        <translation>Effets indésirables consultés</translation>
    </message>
    <message>
        <source>Adverse event updated</source>
        <translation>Effet indésirable modifié</translation>
    </message>
    <message>
        <source>Appointment cancelled</source>
        <translation>Rendez-vous annulé</translation>
    </message>
    <message>
        <source>Patient checked in</source>
        <translation>Arrivée du patient enregistrée</translation>
    </message>
    <message>
        <source>Appointment moved</source>
        <translation>Rendez-vous déplacé</translation>
    </message>
    <message>
        <source>Marked as no-show</source>
        <translation>Absence non excusée notée</translation>
    </message>
    <message>
        <source>Audit trail exported</source>
        <translation>Journal d’audit exporté</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Sauvegarde automatique</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sauvegarde effectuée</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Session series booked</source>
        <translation>Série de séances réservée</translation>
    </message>
    <message>
        <source>Catalog imported</source>
        <translation>Catalogue importé</translation>
    </message>
    <message>
        <source>Catalog upgraded</source>
        <translation>Catalogue mis à jour</translation>
    </message>
    <message>
        <source>Calendar identifier created</source>
        <translation>Identifiant d’agenda créé</translation>
    </message>
    <message>
        <source>Closures changed</source>
        <translation>Fermetures modifiées</translation>
    </message>
    <message>
        <source>Opening hours changed</source>
        <translation>Horaires d’ouverture modifiés</translation>
    </message>
    <message>
        <source>Clinic policies changed</source>
        <translation>Règles du cabinet modifiées</translation>
    </message>
    <message>
        <source>Practitioner&apos;s hours changed</source>
        <translation>Horaires du praticien modifiés</translation>
    </message>
    <message>
        <source>Clinic details changed</source>
        <translation>Coordonnées du cabinet modifiées</translation>
    </message>
    <message>
        <source>Room changed</source>
        <translation>Salle modifiée</translation>
    </message>
    <message>
        <source>Consultation amended</source>
        <translation>Consultation rectifiée</translation>
    </message>
    <message>
        <source>Consultation read</source>
        <translation>Consultation consultée</translation>
    </message>
    <message>
        <source>Consultation saved</source>
        <translation>Consultation enregistrée</translation>
    </message>
    <message>
        <source>Consultation signed</source>
        <translation>Consultation signée</translation>
    </message>
    <message>
        <source>Database moved</source>
        <translation>Base de données transférée</translation>
    </message>
    <message>
        <source>Demonstration data loaded</source>
        <translation>Données de démonstration chargées</translation>
    </message>
    <message>
        <source>Lot received</source>
        <translation>Lot réceptionné</translation>
    </message>
    <message>
        <source>Lot traced</source>
        <translation>Lot tracé</translation>
    </message>
    <message>
        <source>Patient anonymised</source>
        <translation>Patient anonymisé</translation>
    </message>
    <message>
        <source>Patient archived</source>
        <translation>Patient archivé</translation>
    </message>
    <message>
        <source>Patient created</source>
        <translation>Patient créé</translation>
    </message>
    <message>
        <source>Patient&apos;s data exported</source>
        <translation>Données du patient exportées</translation>
    </message>
    <message>
        <source>Patient restored</source>
        <translation>Patient réactivé</translation>
    </message>
    <message>
        <source>Patient changed</source>
        <translation>Patient modifié</translation>
    </message>
    <message>
        <source>Photo added</source>
        <translation>Photo ajoutée</translation>
    </message>
    <message>
        <source>Photo consent recorded</source>
        <translation>Consentement photo enregistré</translation>
    </message>
    <message>
        <source>Photos viewed</source>
        <translation>Photos consultées</translation>
    </message>
    <message>
        <source>Plan approved</source>
        <translation>Plan validé</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consentement enregistré</translation>
    </message>
    <message>
        <source>Finding overridden</source>
        <translation>Dérogation accordée</translation>
    </message>
    <message>
        <source>Override withdrawn</source>
        <translation>Dérogation retirée</translation>
    </message>
    <message>
        <source>Plan read</source>
        <translation>Plan consulté</translation>
    </message>
    <message>
        <source>Plan revised</source>
        <translation>Plan révisé</translation>
    </message>
    <message>
        <source>Plan saved</source>
        <translation>Plan enregistré</translation>
    </message>
    <message>
        <source>Product added</source>
        <translation>Produit ajouté</translation>
    </message>
    <message>
        <source>Session record amended</source>
        <translation>Compte rendu de séance rectifié</translation>
    </message>
    <message>
        <source>Session not performed</source>
        <translation>Séance non réalisée</translation>
    </message>
    <message>
        <source>Session records read</source>
        <translation>Comptes rendus de séance consultés</translation>
    </message>
    <message>
        <source>Session recorded</source>
        <translation>Séance enregistrée</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Compte créé</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe modifié</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <source>Sign-in refused (waiting delay)</source>
        <translation>Connexion refusée (délai d’attente)</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>Compte modifié</translation>
    </message>
    <message>
        <source>Patient imported</source>
        <translation>Patient importé</translation>
    </message>
    <message>
        <source>Recalls listed</source>
        <translation>Rappels consultés</translation>
    </message>
    <message>
        <source>Recall marked</source>
        <translation>Rappel noté</translation>
    </message>
    <message>
        <source>Reminders listed</source>
        <translation>Rappels de rendez-vous consultés</translation>
    </message>
    <message>
        <source>Reminders exported</source>
        <translation>Rappels de rendez-vous exportés</translation>
    </message>
    <message>
        <source>Mail server changed</source>
        <translation>Serveur de messagerie modifié</translation>
    </message>
    <message>
        <source>Reminder e-mailed</source>
        <translation>Rappel envoyé par e-mail</translation>
    </message>
    <message>
        <source>Setup step done</source>
        <translation>Étape de configuration faite</translation>
    </message>
    <message>
        <source>Legal details changed</source>
        <translation>Mentions légales modifiées</translation>
    </message>
    <message>
        <source>Takings read</source>
        <translation>Recettes consultées</translation>
    </message>
    <message>
        <source>Invoice issued</source>
        <translation>Facture émise</translation>
    </message>
    <message>
        <source>Credit note issued</source>
        <translation>Avoir émis</translation>
    </message>
    <message>
        <source>Invoices read</source>
        <translation>Factures consultées</translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation>Paiement enregistré</translation>
    </message>
    <message>
        <source>Price changed</source>
        <translation>Prix modifié</translation>
    </message>
</context>
<context>
    <name>AuditSummary</name>
    <message>
        <source>consultation %1, area request %2</source>
        <translation>consultation %1, demande de zone %2</translation>
    </message>
    <message>
        <source>unknown account</source>
        <translation>compte inconnu</translation>
    </message>
    <message>
        <source>session %1, %2, %3, %4</source>
        <translation>séance %1, %2, %3, %4</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>events: %1</source>
        <translation>événements : %1</translation>
    </message>
    <message>
        <source>to %1, practitioner %2, room %3</source>
        <translation>au %1, praticien %2, salle %3</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>était %1</translation>
    </message>
    <message>
        <source>user %1, from %2, to %3</source>
        <translation>utilisateur %1, du %2 au %3</translation>
    </message>
    <message>
        <source>from %1 by %2</source>
        <translation>depuis %1 par %2</translation>
    </message>
    <message>
        <source>sessions: %1, appointments %2 to %3</source>
        <translation>séances : %1, rendez-vous %2 à %3</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>bundled edition %1 (version %2) replaced by edition %3 (version %4)</source>
        <translation>édition fournie %1 (version %2) remplacée par l&apos;édition %3 (version %4)</translation>
    </message>
    <message>
        <source>set-up time %1 min</source>
        <translation>temps de préparation %1 min</translation>
    </message>
    <message>
        <source>idle lock %1 min, retention %2 years, %3 backups, expiry warning %4 days</source>
        <translation>verrouillage après %1 min d&apos;inactivité, conservation %2 ans, %3 sauvegardes, alerte de péremption %4 jours</translation>
    </message>
    <message>
        <source>protocols: %1</source>
        <translation>protocoles : %1</translation>
    </message>
    <message>
        <source>country %1</source>
        <translation>pays %1</translation>
    </message>
    <message>
        <source>named %1</source>
        <translation>nom : %1</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en service</translation>
    </message>
    <message>
        <source>out of use</source>
        <translation>hors service</translation>
    </message>
    <message>
        <source>amends consultation %1</source>
        <translation>rectifie la consultation %1</translation>
    </message>
    <message>
        <source>consultations: %1</source>
        <translation>consultations : %1</translation>
    </message>
    <message>
        <source>history: consultations %1, plan versions %2</source>
        <translation>historique : consultations %1, versions de plan %2</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>copied from %1</source>
        <translation>copiée depuis %1</translation>
    </message>
    <message>
        <source>copied to %1</source>
        <translation>copiée vers %1</translation>
    </message>
    <message>
        <source>%1 patients, demo rooms, accounts and stock</source>
        <translation>%1 patients, salles, comptes et stock de démonstration</translation>
    </message>
    <message>
        <source>product %1, %2 unit(s)</source>
        <translation>produit %1, %2 unité(s)</translation>
    </message>
    <message>
        <source>%1 line(s)</source>
        <translation>%1 ligne(s)</translation>
    </message>
    <message>
        <source>no patient</source>
        <translation>aucun patient</translation>
    </message>
    <message>
        <source>session %1, %2, %3</source>
        <translation>séance %1, %2, %3</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>photos: %1</source>
        <translation>photos : %1</translation>
    </message>
    <message>
        <source>version %1, overrides: %2</source>
        <translation>version %1, dérogations : %2</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>proposition</translation>
    </message>
    <message>
        <source>versions: %1</source>
        <translation>versions : %1</translation>
    </message>
    <message>
        <source>session of appointment %1</source>
        <translation>séance du rendez-vous %1</translation>
    </message>
    <message>
        <source>version %1 of plan %2</source>
        <translation>version %1 du plan %2</translation>
    </message>
    <message>
        <source>protocol %1, sessions %2, interval %3 days</source>
        <translation>protocole %1, séances %2, intervalle %3 jours</translation>
    </message>
    <message>
        <source>%1 component(s)</source>
        <translation>%1 composant(s)</translation>
    </message>
    <message>
        <source>amends session %1</source>
        <translation>rectifie la séance %1</translation>
    </message>
    <message>
        <source>appointment %1</source>
        <translation>rendez-vous %1</translation>
    </message>
    <message>
        <source>sessions: %1</source>
        <translation>séances : %1</translation>
    </message>
    <message>
        <source>progress: %1 of %2</source>
        <translation>avancement : %1 sur %2</translation>
    </message>
    <message>
        <source>appointment %1, %2 line(s), %3 deviation(s)</source>
        <translation>rendez-vous %1, %2 ligne(s), %3 écart(s)</translation>
    </message>
    <message>
        <source>first administrator</source>
        <translation>premier administrateur</translation>
    </message>
    <message>
        <source>role practitioner, no password yet</source>
        <translation>rôle praticien, sans mot de passe pour l&apos;instant</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>rôle %1</translation>
    </message>
    <message>
        <source>role %1, %2</source>
        <translation>rôle %1, %2</translation>
    </message>
    <message>
        <source>password re-hashed with higher work factors</source>
        <translation>mot de passe re-haché avec des paramètres plus forts</translation>
    </message>
    <message>
        <source>account cannot sign in</source>
        <translation>ce compte ne peut pas se connecter</translation>
    </message>
    <message>
        <source>unknown user name</source>
        <translation>nom d&apos;utilisateur inconnu</translation>
    </message>
    <message>
        <source>wrong password (%1 in a row)</source>
        <translation>mot de passe erroné (%1 fois de suite)</translation>
    </message>
    <message>
        <source>%1 failed attempts; waiting</source>
        <translation>%1 tentatives échouées ; délai d&apos;attente</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>(no database yet)</source>
        <translation>(pas encore de base de données)</translation>
    </message>
    <message>
        <source>adverse event %1</source>
        <translation>effet indésirable %1</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>journal d&apos;audit</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>catalogue</translation>
    </message>
    <message>
        <source>clinic</source>
        <translation>clinique</translation>
    </message>
    <message>
        <source>closure on %1</source>
        <translation>fermeture du %1</translation>
    </message>
    <message>
        <source>consultation %1</source>
        <translation>consultation %1</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <source>demonstration data</source>
        <translation>données de démonstration</translation>
    </message>
    <message>
        <source>lot %1</source>
        <translation>lot %1</translation>
    </message>
    <message>
        <source>patient %1</source>
        <translation>patient %1</translation>
    </message>
    <message>
        <source>photo %1</source>
        <translation>photo %1</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>plan %1</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>produit %1</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>salle %1</translation>
    </message>
    <message>
        <source>session record %1</source>
        <translation>fiche de séance %1</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>compte %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation>import du %1</translation>
    </message>
    <message>
        <source>due %1 to %2: %3</source>
        <translation>échéance du %1 au %2 : %3</translation>
    </message>
    <message>
        <source>request %1: %2 on %3</source>
        <translation>demande %1 : %2 le %3</translation>
    </message>
    <message>
        <source>contacted</source>
        <translation>contacté</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>réservé</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>maintenance recalls</source>
        <translation>rappels d&apos;entretien</translation>
    </message>
    <message>
        <source>appointment %1 on %2</source>
        <translation>rendez-vous %1 du %2</translation>
    </message>
    <message>
        <source>none on %1</source>
        <translation>aucun le %1</translation>
    </message>
    <message>
        <source>appointment reminders</source>
        <translation>rappels de rendez-vous</translation>
    </message>
    <message>
        <source>server %1, port %2, %3</source>
        <translation>serveur %1, port %2, %3</translation>
    </message>
    <message>
        <source>step %1 done</source>
        <translation>étape %1 faite</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>personnel</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horaires</translation>
    </message>
    <message>
        <source>patients</source>
        <translation>patients</translation>
    </message>
    <message>
        <source>VAT %1 bp</source>
        <translation>TVA %1 pb</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 session(s), %2</source>
        <translation>%1 séance(s), %2</translation>
    </message>
    <message>
        <source>package of consultation %1 request %2, %3</source>
        <translation>forfait de la consultation %1, demande %2, %3</translation>
    </message>
    <message>
        <source>cancels %1 line(s) of %2, %3</source>
        <translation>annule %1 ligne(s) de %2, %3</translation>
    </message>
    <message>
        <source>%1 document(s)</source>
        <translation>%1 document(s)</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 pour %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>session %1, package %2</source>
        <translation>séance %1, forfait %2</translation>
    </message>
    <message>
        <source>the catalog&apos;s</source>
        <translation>celui du catalogue</translation>
    </message>
    <message>
        <source>card</source>
        <translation>carte</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>espèces</translation>
    </message>
    <message>
        <source>cheque</source>
        <translation>chèque</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>virement</translation>
    </message>
    <message>
        <source>invoice %1</source>
        <translation>facture %1</translation>
    </message>
    <message>
        <source>payment %1</source>
        <translation>paiement %1</translation>
    </message>
    <message>
        <source>price of %1</source>
        <translation>prix de %1</translation>
    </message>
    <message>
        <source>day&apos;s takings</source>
        <translation>recettes du jour</translation>
    </message>
    <message>
        <source>VAT %1 bp, currency %2</source>
        <translation>TVA %1 pb, devise %2</translation>
    </message>
</context>
<context>
    <name>Booking</name>
    <message>
        <source>the session must start and end on %1</source>
        <translation>la séance doit commencer et finir le %1</translation>
    </message>
    <message>
        <source>the session must last %1 minutes</source>
        <translation>la séance doit durer %1 minutes</translation>
    </message>
    <message>
        <source>the session would start in the past</source>
        <translation>la séance commencerait dans le passé</translation>
    </message>
    <message>
        <source>the clinic is closed on %1</source>
        <translation>le cabinet est fermé le %1</translation>
    </message>
    <message>
        <source>the clinic is not open then</source>
        <translation>le cabinet n&apos;est pas ouvert à cette heure</translation>
    </message>
    <message>
        <source>practitioner %1 is not a practitioner of the clinic</source>
        <translation>le praticien %1 n&apos;est pas un praticien du cabinet</translation>
    </message>
    <message>
        <source>the practitioner does not perform the protocol %1</source>
        <translation>le praticien ne pratique pas le protocole %1</translation>
    </message>
    <message>
        <source>the practitioner does not work then</source>
        <translation>le praticien ne travaille pas à cette heure</translation>
    </message>
    <message>
        <source>room %1 is not a room of the clinic</source>
        <translation>la salle %1 n&apos;est pas une salle du cabinet</translation>
    </message>
    <message>
        <source>the practitioner is already booked then</source>
        <translation>le praticien a déjà un rendez-vous à cette heure</translation>
    </message>
    <message>
        <source>the room is already booked then</source>
        <translation>la salle est déjà réservée à cette heure</translation>
    </message>
    <message>
        <source>the patient already has an appointment then</source>
        <translation>le patient a déjà un rendez-vous à cette heure</translation>
    </message>
    <message>
        <source>practitioner %1 does not perform the protocol %2</source>
        <translation>le praticien %1 ne pratique pas le protocole %2</translation>
    </message>
    <message>
        <source>no practitioner performs the protocol %1</source>
        <translation>aucun praticien ne pratique le protocole %1</translation>
    </message>
    <message>
        <source>no room has the equipment the protocol needs (%1)</source>
        <translation>aucune salle n&apos;a l&apos;équipement dont le protocole a besoin (%1)</translation>
    </message>
    <message>
        <source>no free slot for a first session from %1 to %2 with an eligible practitioner, a room with the equipment, the clinic open and the patient free</source>
        <translation>aucun créneau libre pour une première séance du %1 au %2 avec un praticien habilité, une salle équipée, le cabinet ouvert et le patient disponible</translation>
    </message>
    <message>
        <source>no free slot for a first session from %1 to %2 with an eligible practitioner, a room with the equipment, the clinic open and the patient free, on the preferred days and times</source>
        <translation>aucun créneau libre pour une première séance du %1 au %2 avec un praticien habilité, une salle équipée, le cabinet ouvert et le patient disponible, aux jours et heures préférés</translation>
    </message>
    <message>
        <source>session %1 of %2 finds no free slot: after a first session on %3 (the start that gets furthest), it must fall between %4 and %5 and at least %6 days after the previous session</source>
        <translation>la séance %1 sur %2 ne trouve aucun créneau libre : après une première séance le %3 (le début qui va le plus loin), elle doit avoir lieu entre le %4 et le %5, et au moins %6 jours après la séance précédente</translation>
    </message>
    <message>
        <source>which is past the last day searched (%1)</source>
        <translation>ce qui dépasse le dernier jour cherché (%1)</translation>
    </message>
    <message>
        <source>the room lacks this equipment: %1</source>
        <translation>la salle n&apos;a pas cet équipement : %1</translation>
    </message>
</context>
<context>
    <name>Clauses</name>
    <message>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Consultation &amp;date</source>
        <translation>&amp;Date de consultation</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>&amp;Fitzpatrick type</source>
        <translation>&amp;Phototype (Fitzpatrick)</translation>
    </message>
    <message>
        <source>Treatment requests</source>
        <translation>Demandes de traitement</translation>
    </message>
    <message>
        <source>at</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>Add &amp;request</source>
        <translation>Ajouter une de&amp;mande</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Medical history (tick what applies)</source>
        <translation>Antécédents médicaux (cochez ce qui s&apos;applique)</translation>
    </message>
    <message>
        <source>Site conditions</source>
        <translation>Affections locales</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>Name, as the patient says it</source>
        <translation>Nom, tel que l&apos;indique le patient</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Substance or group</source>
        <translation>Substance ou famille</translation>
    </message>
    <message>
        <source>Recent treatments</source>
        <translation>Traitements récents</translation>
    </message>
    <message>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Contre-indications</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans de traitement</translation>
    </message>
</context>
<context>
    <name>CsvFile</name>
    <message>
        <source>CSV for a spreadsheet, separated by semicolons (*.csv)</source>
        <translation>CSV pour un tableur, séparé par des points-virgules (*.csv)</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet, separated by commas (*.csv)</source>
        <translation>CSV pour un tableur, séparé par des virgules (*.csv)</translation>
    </message>
    <message>
        <source>Plain CSV for another program: commas, no byte order mark (*.csv)</source>
        <translation>CSV simple pour un autre logiciel : virgules, sans marque d&apos;ordre des octets (*.csv)</translation>
    </message>
</context>
<context>
    <name>HelpSection</name>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Front desk: booking</source>
        <translation>Accueil : prise de rendez-vous</translation>
    </message>
    <message>
        <source>Stock: products and lots</source>
        <translation>Stock : produits et lots</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>The audit trail</source>
        <translation>Le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Recalls</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
</context>
<context>
    <name>InvoiceDocument</name>
    <message>
        <source>Credit note %1</source>
        <translation>Avoir %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <source>SIRET: %1</source>
        <translation>SIRET : %1</translation>
    </message>
    <message>
        <source>VAT number: %1</source>
        <translation>N° de TVA : %1</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Numéro : %1</translation>
    </message>
    <message>
        <source>Date of issue: %1</source>
        <translation>Date d&apos;émission : %1</translation>
    </message>
    <message>
        <source>Cancels invoice %1</source>
        <translation>Annule la facture %1</translation>
    </message>
    <message>
        <source>Patient: %1 %2</source>
        <translation>Patient : %1 %2</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit price excl. VAT</source>
        <translation>Prix unitaire HT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>Total excl. VAT: %1</source>
        <translation>Total HT : %1</translation>
    </message>
    <message>
        <source>VAT: %1</source>
        <translation>TVA : %1</translation>
    </message>
    <message>
        <source>Total incl. VAT: %1</source>
        <translation>Total TTC : %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Prénoms :</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Date de naissance :</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Sexe :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>&amp;Reminders:</source>
        <translation>&amp;Rappels :</translation>
    </message>
    <message>
        <source>Agrees to appointment reminders by SMS or e-mail</source>
        <translation>Accepte les rappels de rendez-vous par SMS ou e-mail</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>The language of the reminders sent to the patient</source>
        <translation>La langue des rappels envoyés au patient</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Printed on the patient&apos;s invoices: street, postcode and town, country if abroad</source>
        <translation>Imprimée sur les factures du patient : rue, code postal et ville, pays s&apos;il habite à l&apos;étranger</translation>
    </message>
</context>
<context>
    <name>Plan status</name>
    <message>
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
    <message>
        <source>review</source>
        <translation>à examiner</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation>non pris en charge</translation>
    </message>
</context>
<context>
    <name>Plan trace</name>
    <message>
        <source>protocol %1 is not allowed in %2: %3 [%4]</source>
        <translation>le protocole %1 n&apos;est pas autorisé en %2 : %3 [%4]</translation>
    </message>
    <message>
        <source>[rule %1, %2]</source>
        <translation>[règle %1, %2]</translation>
    </message>
    <message>
        <source>no protocol of the catalog serves %1 at %2</source>
        <translation>aucun protocole du catalogue ne traite %1 – %2</translation>
    </message>
    <message>
        <source>no protocol of the catalog serves %1 at %2 in %3</source>
        <translation>aucun protocole du catalogue ne traite %1 – %2 en %3</translation>
    </message>
    <message>
        <source>%1 ruled out, no injected ingredient could stay: %2</source>
        <translation>protocole %1 écarté, aucun principe actif injecté ne pouvait rester : %2</translation>
    </message>
    <message>
        <source>%1 ruled out, essential ingredient contraindicated: %2</source>
        <translation>protocole %1 écarté, principe actif essentiel contre-indiqué : %2</translation>
    </message>
    <message>
        <source>alternative %1</source>
        <translation>alternative : %1</translation>
    </message>
    <message>
        <source>protocol %1 (rank %2, chosen by the practitioner) serves %3 at %4</source>
        <translation>le protocole %1 (rang %2, choisi par le praticien) traite %3 – %4</translation>
    </message>
    <message>
        <source>protocol %1 (rank %2) serves %3 at %4</source>
        <translation>le protocole %1 (rang %2) traite %3 – %4</translation>
    </message>
    <message>
        <source>alternatives: %1</source>
        <translation>alternatives : %1</translation>
    </message>
    <message>
        <source>essential ingredient %1: %2; the protocol cannot do without it: blocked</source>
        <translation>principe actif essentiel %1 : %2 ; le protocole ne peut pas s&apos;en passer : bloqué</translation>
    </message>
    <message>
        <source>ingredient %1: %2; no injected ingredient could stay: blocked</source>
        <translation>principe actif %1 : %2 ; aucun principe actif injecté ne pouvait rester : bloqué</translation>
    </message>
    <message>
        <source>excluded %1: %2</source>
        <translation>exclusion de %1 : %2</translation>
    </message>
    <message>
        <source>cocktail changed (ingredients excluded)</source>
        <translation>cocktail modifié (principes actifs exclus)</translation>
    </message>
    <message>
        <source>preferred protocol ruled out</source>
        <translation>protocole préféré écarté</translation>
    </message>
    <message>
        <source>clinic country not set: check that %1 is allowed where you practise</source>
        <translation>pays du cabinet non renseigné : vérifiez que %1 est autorisé là où vous exercez</translation>
    </message>
    <message>
        <source>jurisdiction: the clinic&apos;s country is not set; %1 [%2]</source>
        <translation>réglementation : le pays du cabinet n&apos;est pas renseigné ; %1 [%2]</translation>
    </message>
    <message>
        <source>sessions: protocol default %1 (from %2 to %3) [%4]</source>
        <translation>séances : %1 par défaut pour le protocole (de %2 à %3) [%4]</translation>
    </message>
    <message>
        <source>interval: every %1 days (at least %2) [%3]</source>
        <translation>intervalle : tous les %1 jours (au moins %2) [%3]</translation>
    </message>
    <message>
        <source>until session %1, then every %2 days (at least %3) [%4]</source>
        <translation>jusqu&apos;à la séance %1, puis tous les %2 jours (au moins %3) [%4]</translation>
    </message>
    <message>
        <source>price %1 %2 x %3 sessions = %4 %2</source>
        <translation>prix %1 %2 × %3 séances = %4 %2</translation>
    </message>
    <message>
        <source>status %1: %2</source>
        <translation>statut %1 : %2</translation>
    </message>
    <message>
        <source>sessions %1 (clamped from %2)</source>
        <translation>%1 séances (ramené de %2)</translation>
    </message>
    <message>
        <source>sessions %1</source>
        <translation>%1 séances</translation>
    </message>
    <message>
        <source>technique %1</source>
        <translation>technique : %1</translation>
    </message>
    <message>
        <source>aftercare %1</source>
        <translation>consignes post-séance : %1</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>règle %1 : %2</translation>
    </message>
    <message>
        <source>earliest start %1: %2 (%3 on %4 at %5, %6 days)</source>
        <translation>début au plus tôt le %1 : %2 (%3 le %4 – %5, %6 jours)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <source>no price in %1 yet: the clinic sets it</source>
        <translation>pas encore de prix en %1 : le cabinet le fixe</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>MesoPlan clinic</source>
        <translation>Cabinet MesoPlan</translation>
    </message>
    <message>
        <source>Patient: %1 %2</source>
        <translation>Patient : %1 %2</translation>
    </message>
    <message>
        <source>Born: %1</source>
        <translation>Date de naissance : %1</translation>
    </message>
    <message>
        <source>Consultation: %1</source>
        <translation>Consultation : %1</translation>
    </message>
    <message>
        <source>Date: ____ / ____ / ________</source>
        <translation>Date : ____ / ____ / ________</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>aucune contre-indication</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>à examiner</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <source>no protocol</source>
        <translation>aucun protocole</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>validé</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>Treatment plan and quote</source>
        <translation>Plan de traitement et devis</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Formulaire de consentement éclairé</translation>
    </message>
    <message>
        <source>Aftercare sheet</source>
        <translation>Fiche de consignes post-séance</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No protocol of the catalog serves this request.</source>
        <translation>Aucun protocole du catalogue ne correspond à cette demande.</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocole :</translation>
    </message>
    <message>
        <source>%1 (alternatives: %2)</source>
        <translation>%1 (alternatives : %2)</translation>
    </message>
    <message>
        <source>Technique: %1, depth %2 to %3 mm, needle %4</source>
        <translation>Technique : %1, profondeur de %2 à %3 mm, aiguille %4</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Principe actif</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Volume (mL)</source>
        <translation>Volume (mL)</translation>
    </message>
    <message>
        <source>Excluded: %1 (%2)</source>
        <translation>Exclu : %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), every %1 days, %2 minutes each; maintenance every %3 days</source>
        <translation>
            <numerusform>%n séance, tous les %1 jours, de %2 minutes ; entretien tous les %3 jours</numerusform>
            <numerusform>%n séances, tous les %1 jours, de %2 minutes chacune ; entretien tous les %3 jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Earliest start: %1</source>
        <translation>Début au plus tôt : %1</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Consignes post-séance</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Plan version %1, %2</source>
        <translation>Plan, version %1, %2</translation>
    </message>
    <message>
        <source>Proposed plan (not stored yet)</source>
        <translation>Plan proposé (pas encore enregistré)</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> le %1</translation>
    </message>
    <message>
        <source>Outside the protocol&apos;s usual course because: %1</source>
        <translation>En dehors de la cure habituelle du protocole, motif : %1</translation>
    </message>
    <message>
        <source>%1: proceeding because %2%3</source>
        <translation>%1 : traitement maintenu, motif : %2%3</translation>
    </message>
    <message>
        <source>Relative contraindications reviewed</source>
        <translation>Contre-indications relatives examinées</translation>
    </message>
    <message numerus="yes">
        <source>Treatment: %1. Protocol: %2, %n session(s) every %3 days.</source>
        <translation>
            <numerusform>Traitement : %1. Protocole : %2, %n séance tous les %3 jours.</numerusform>
            <numerusform>Traitement : %1. Protocole : %2, %n séances tous les %3 jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>What will be injected</source>
        <translation>Produits injectés</translation>
    </message>
    <message>
        <source>Common effects</source>
        <translation>Effets fréquents</translation>
    </message>
    <message>
        <source>Rare but serious risks</source>
        <translation>Risques rares mais graves</translation>
    </message>
    <message>
        <source>I have been told about this treatment, its expected results, the alternatives and the risks above. My questions have been answered. I have given a truthful account of my health, medications and allergies. I know that I can withdraw my consent at any time before a session.</source>
        <translation>J&apos;ai été informé(e) de ce traitement, de ses résultats attendus, des alternatives et des risques ci-dessus. J&apos;ai obtenu des réponses à mes questions. J&apos;ai déclaré sincèrement mon état de santé, mes traitements en cours et mes allergies. Je sais que je peux retirer mon consentement à tout moment avant une séance.</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Treatment: %1 (%2).</source>
        <translation>Traitement : %1 (%2).</translation>
    </message>
    <message>
        <source>After each session</source>
        <translation>Après chaque séance</translation>
    </message>
    <message numerus="yes">
        <source>Next session: in %n day(s).</source>
        <translation>
            <numerusform>Prochaine séance : dans %n jour.</numerusform>
            <numerusform>Prochaine séance : dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Call the clinic at once if you notice growing pain, warmth, pus, fever, skin turning pale or dusky, or any change in your vision.</source>
        <translation>Appelez immédiatement le cabinet en cas de douleur croissante, de chaleur, de pus, de fièvre, de peau qui pâlit ou devient violacée, ou de tout trouble de la vision.</translation>
    </message>
    <message>
        <source>Clinic: %1</source>
        <translation>Cabinet : %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>Write &quot;read and approved&quot; by hand above your signature.</source>
        <translation>Faites précéder votre signature de la mention manuscrite « Lu et approuvé ».</translation>
    </message>
    <message>
        <source>Price: %1 x %2 = %3</source>
        <translation>Prix : %1 × %2 = %3</translation>
    </message>
    <message>
        <source>Total of the plans that can go ahead: %1</source>
        <translation>Total des plans réalisables : %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message numerus="yes">
        <source>Price: %1 for %n session(s), as quoted when approved</source>
        <translation>
            <numerusform>Prix : %1 pour %n séance, selon le devis validé</numerusform>
            <numerusform>Prix : %1 pour %n séances, selon le devis validé</numerusform>
        </translation>
    </message>
    <message>
        <source>Price: none in %1 yet (the clinic sets it)</source>
        <translation>Prix : aucun en %1 pour l&apos;instant (le cabinet le fixe)</translation>
    </message>
    <message>
        <source>This quote is valid for the plans above as proposed; a blocked request, or one without a price yet, is not priced into the total.</source>
        <translation>Ce devis vaut pour les plans ci-dessus tels que proposés ; une demande bloquée, ou sans prix pour l&apos;instant, n&apos;est pas comptée dans le total.</translation>
    </message>
    <message>
        <source>Total: no price in %1 yet</source>
        <translation>Total : pas encore de prix en %1</translation>
    </message>
</context>
<context>
    <name>PrivacyService</name>
    <message>
        <source>no patient with id %1</source>
        <translation>aucun patient avec l&apos;identifiant %1</translation>
    </message>
</context>
<context>
    <name>SessionDocument</name>
    <message>
        <source>Treatment session record</source>
        <translation>Fiche de séance</translation>
    </message>
    <message>
        <source>Patient: %1 %2</source>
        <translation>Patient : %1 %2</translation>
    </message>
    <message>
        <source>Born: %1</source>
        <translation>Date de naissance : %1</translation>
    </message>
    <message>
        <source>Session of %1, record %2</source>
        <translation>Séance du %1, fiche n° %2</translation>
    </message>
    <message>
        <source>Course: %1 (plan %2)</source>
        <translation>Traitement : %1 (plan n° %2)</translation>
    </message>
    <message>
        <source>This record amends record %1. Reason: %2</source>
        <translation>Cette fiche rectifie la fiche n° %1. Motif : %2</translation>
    </message>
    <message>
        <source>Session not performed. Reason: %1</source>
        <translation>Séance non réalisée. Motif : %1</translation>
    </message>
    <message>
        <source>Technique: %1</source>
        <translation>Technique : %1</translation>
    </message>
    <message>
        <source>Needle: %1</source>
        <translation>Aiguille : %1</translation>
    </message>
    <message>
        <source>Depth: %1 to %2 mm</source>
        <translation>Profondeur : de %1 à %2 mm</translation>
    </message>
    <message>
        <source>Products injected</source>
        <translation>Produits injectés</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Volume (mL)</source>
        <translation>Volume (mL)</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Total injected: %1 mL</source>
        <translation>Total injecté : %1 mL</translation>
    </message>
    <message>
        <source>Pain: %1/10</source>
        <translation>Douleur : %1/10</translation>
    </message>
    <message>
        <source>Improvement rated by the patient (GAIS): %1/5</source>
        <translation>Amélioration selon le patient (GAIS) : %1/5</translation>
    </message>
    <message>
        <source>Improvement rated by the practitioner (GAIS): %1/5</source>
        <translation>Amélioration selon le praticien (GAIS) : %1/5</translation>
    </message>
    <message>
        <source>Deviations from the plan</source>
        <translation>Écarts par rapport au plan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Effets indésirables</translation>
    </message>
    <message>
        <source>%1, from %2: %3, %4</source>
        <translation>%1, depuis le %2 : %3, %4</translation>
    </message>
    <message>
        <source>Action taken: %1</source>
        <translation>Conduite tenue : %1</translation>
    </message>
    <message>
        <source>Signed by %1 on %2</source>
        <translation>Signé par %1 le %2</translation>
    </message>
    <message>
        <source>Lot numbers as recorded at the session: they trace each product to this patient.</source>
        <translation>Numéros de lot tels que saisis pendant la séance : ils relient chaque produit à ce patient (traçabilité).</translation>
    </message>
    <message>
        <source>No session with id %1.</source>
        <translation>Aucune séance n° %1.</translation>
    </message>
    <message>
        <source>No patient with id %1.</source>
        <translation>Aucun patient n° %1.</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur n° %1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1 : %2 %3</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The built-in %1 user is missing from the database.</source>
        <translation>L&apos;utilisateur intégré %1 est absent de la base de données.</translation>
    </message>
    <message>
        <source>libsodium could not be initialised</source>
        <translation>libsodium n&apos;a pas pu être initialisée</translation>
    </message>
    <message>
        <source>%1 is not a readable database (%2).</source>
        <translation>%1 n&apos;est pas une base de données lisible (%2).</translation>
    </message>
    <message>
        <source>The database server %1 refused the password of %2. Give the password, or put it in the libpq password file (~/.pgpass or PGPASSFILE). (%3)</source>
        <translation>Le serveur de base de données %1 a refusé le mot de passe de %2. Indiquez le mot de passe, ou placez-le dans le fichier de mots de passe de libpq (~/.pgpass ou PGPASSFILE). (%3)</translation>
    </message>
    <message>
        <source>this user</source>
        <translation>cet utilisateur</translation>
    </message>
    <message>
        <source>Cannot reach the database server %1: check the address, the network and that the server runs. (%2)</source>
        <translation>Impossible de joindre le serveur de base de données %1 : vérifiez l&apos;adresse, le réseau et que le serveur fonctionne. (%2)</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this MesoPlan only knows versions up to %3. Use a newer MesoPlan; the database was not changed.</source>
        <translation>La base de données %1 est au schéma version %2, mais ce MesoPlan ne connaît que les versions jusqu&apos;à %3. Utilisez un MesoPlan plus récent ; la base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 is not a MesoPlan database (it already holds other tables); it was not changed.</source>
        <translation>%1 n&apos;est pas une base de données MesoPlan (elle contient déjà d&apos;autres tables) ; elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>%1 is on a network file system (%2). A MesoPlan database file must be on a disk of this computer: SQLite cannot lock it safely over a network. For several workstations, use a PostgreSQL clinic server (docs/deployment.md).</source>
        <translation>%1 se trouve sur un système de fichiers réseau (%2). Un fichier de base de données MesoPlan doit être sur un disque de cet ordinateur : SQLite ne peut pas le verrouiller de façon sûre à travers le réseau. Pour plusieurs postes, utilisez un serveur PostgreSQL du cabinet (docs/deployment.md).</translation>
    </message>
    <message>
        <source>The database %1 cannot be written: %2 is read-only (%3). Nothing was changed; ask for write access, or copy the database to a writable disk.</source>
        <translation>Impossible d&apos;écrire dans la base de données %1 : %2 est en lecture seule (%3). Rien n&apos;a été modifié ; demandez l&apos;accès en écriture, ou copiez la base de données sur un disque accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>This computer lacks Qt&apos;s PostgreSQL driver (Debian package libqt6sql6-psql): cannot reach %1.</source>
        <translation>Il manque sur cet ordinateur le pilote PostgreSQL de Qt (paquet Debian libqt6sql6-psql) : impossible de joindre %1.</translation>
    </message>
    <message>
        <source>The two databases have different schema versions (%1 and %2): open both with this MesoPlan first.</source>
        <translation>Les deux bases de données ont des versions de schéma différentes (%1 et %2) : ouvrez d&apos;abord les deux avec ce MesoPlan.</translation>
    </message>
    <message>
        <source>The two databases do not have the same tables: the target is not a MesoPlan database of this version.</source>
        <translation>Les deux bases de données n&apos;ont pas les mêmes tables : la cible n&apos;est pas une base de données MesoPlan de cette version.</translation>
    </message>
    <message>
        <source>The table %1 has different columns in the two databases.</source>
        <translation>La table %1 n&apos;a pas les mêmes colonnes dans les deux bases de données.</translation>
    </message>
    <message>
        <source>The target database already holds a clinic (a catalog, patients, users or an audit trail): nothing was copied. Copy only into a new, empty database.</source>
        <translation>La base de données cible contient déjà un cabinet (un catalogue, des patients, des utilisateurs ou un journal d&apos;audit) : rien n&apos;a été copié. Copiez uniquement vers une base de données neuve et vide.</translation>
    </message>
    <message>
        <source>Another workstation booked this time first: nothing was saved. Refresh and choose another time. %1</source>
        <translation>Un autre poste a réservé ce créneau en premier : rien n&apos;a été enregistré. Actualisez et choisissez un autre horaire. %1</translation>
    </message>
    <message>
        <source>Another workstation kept the database busy for more than 10 seconds: nothing was saved. Try again.</source>
        <translation>Un autre poste a occupé la base de données pendant plus de 10 secondes : rien n&apos;a été enregistré. Réessayez.</translation>
    </message>
    <message>
        <source>This change crossed another workstation&apos;s at the same moment: nothing was saved. Try again.</source>
        <translation>Cette modification a croisé celle d&apos;un autre poste au même instant : rien n&apos;a été enregistré. Réessayez.</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full: nothing was saved. Tell whoever looks after the server. %1</source>
        <translation>Le disque du serveur de base de données est plein : rien n&apos;a été enregistré. Prévenez la personne qui gère le serveur. %1</translation>
    </message>
    <message>
        <source>The database server only allows reading (a standby server): nothing was saved. %1</source>
        <translation>Le serveur de base de données n&apos;autorise que la lecture (serveur de secours) : rien n&apos;a été enregistré. %1</translation>
    </message>
    <message>
        <source>The database server reports damaged data: tell whoever looks after the server (restore its latest backup). %1</source>
        <translation>Le serveur de base de données signale des données endommagées : prévenez la personne qui gère le serveur (restaurer sa dernière sauvegarde). %1</translation>
    </message>
    <message>
        <source>The connection to the database server was lost; the change in progress may not have been saved. Check the network, restart MesoPlan and look at the record again. %1</source>
        <translation>La connexion au serveur de base de données a été perdue ; la modification en cours n&apos;a peut-être pas été enregistrée. Vérifiez le réseau, redémarrez MesoPlan et consultez de nouveau le dossier. %1</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>erreur de base de données : %1</translation>
    </message>
    <message>
        <source>The disk holding the database is full: nothing was saved. Free some space, then try again. %1</source>
        <translation>Le disque qui contient la base de données est plein : rien n&apos;a été enregistré. Libérez de l&apos;espace, puis réessayez. %1</translation>
    </message>
    <message>
        <source>The database cannot be written (a read-only file, folder or disk): nothing was saved. %1</source>
        <translation>Impossible d&apos;écrire dans la base de données (fichier, dossier ou disque en lecture seule) : rien n&apos;a été enregistré. %1</translation>
    </message>
    <message>
        <source>The disk holding the database failed to read or write: nothing was saved. Check the disk, then try again. %1</source>
        <translation>Le disque qui contient la base de données n&apos;a pas pu lire ou écrire : rien n&apos;a été enregistré. Vérifiez le disque, puis réessayez. %1</translation>
    </message>
    <message>
        <source>The database file is damaged: restore the latest backup (mesoplan-cli restore). %1</source>
        <translation>Le fichier de base de données est endommagé : restaurez la dernière sauvegarde (mesoplan-cli restore). %1</translation>
    </message>
    <message>
        <source>Cannot create %1 for the copy made before upgrading the database; it was not changed.</source>
        <translation>Impossible de créer %1 pour la copie faite avant la mise à jour de la base de données ; elle n’a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MesoPlan: mesotherapy consultations, screening and session plans.</source>
        <translation>MesoPlan : consultations de mésothérapie, contrôle des contre-indications et plans de séances.</translation>
    </message>
    <message>
        <source>Database file or clinic server address (postgresql://user@host/db; default: MESOPLAN_DB, else this workstation&apos;s choice in Settings, else the per-user database).</source>
        <translation>Fichier de base de données ou adresse du serveur du cabinet (postgresql://user@host/db ; par défaut : MESOPLAN_DB, sinon le choix de ce poste dans Paramètres, sinon la base de données propre à l&apos;utilisateur).</translation>
    </message>
    <message>
        <source>MesoPlan</source>
        <translation>MesoPlan</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>La sauvegarde automatique a échoué : %1</translation>
    </message>
    <message>
        <source>Password of %1 on the clinic server %2:</source>
        <translation>Mot de passe de %1 sur le serveur du cabinet %2 :</translation>
    </message>
    <message>
        <source>The server refused the last one.</source>
        <translation>Le serveur a refusé le précédent.</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>Impossible d&apos;ouvrir la base de données.</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Connexion…</translation>
    </message>
    <message>
        <source>Language of the interface: en or fr (default: this workstation&apos;s choice in Settings, else the system&apos;s).</source>
        <translation>Langue de l&apos;interface : en ou fr (par défaut : le choix de ce poste dans Paramètres, sinon celle du système).</translation>
    </message>
    <message>
        <source>Open the demonstration clinic (its own database, with demo patients and accounts), not the clinic&apos;s records.</source>
        <translation>Ouvrir le cabinet de démonstration (sa propre base de données, avec des patients et des comptes de démonstration), et non les dossiers du cabinet.</translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>Sauvegarde avant la fermeture…</translation>
    </message>
    <message>
        <source>Upgrading the clinic&apos;s database…</source>
        <translation>Mise à niveau de la base de données du cabinet…</translation>
    </message>
</context>
<context>
    <name>meso::clinic::AdverseEventService</name>
    <message>
        <source>mild</source>
        <translation>légère</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modérée</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>sévère</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>resolved with sequelae</source>
        <translation>résolu avec séquelles</translation>
    </message>
    <message>
        <source>expected one of the catalog&apos;s risks (%1)</source>
        <translation>valeur attendue : l&apos;un des risques du catalogue (%1)</translation>
    </message>
    <message>
        <source>no session record with id %1</source>
        <translation>aucune séance enregistrée avec l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>session %1 was not performed</source>
        <translation>la séance %1 n&apos;a pas été réalisée</translation>
    </message>
    <message>
        <source>expected a date from the session (%1) to today</source>
        <translation>date attendue entre la séance (%1) et aujourd&apos;hui</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>valeur attendue parmi : %1</translation>
    </message>
    <message>
        <source>expected the date it resolved, from the onset to today</source>
        <translation>date de résolution attendue, entre l&apos;apparition et aujourd&apos;hui</translation>
    </message>
    <message>
        <source>expected both the date of the notification (from the onset to today) and its reference</source>
        <translation>la date de la notification (entre l&apos;apparition et aujourd&apos;hui) et sa référence sont toutes deux requises</translation>
    </message>
    <message>
        <source>a severe or serious event is notified to the manufacturer and the authorities: give the date and reference of the notification, or confirm that it is still to be done</source>
        <translation>un effet sévère ou grave doit être notifié au fabricant et aux autorités : indiquez la date et la référence de la notification, ou confirmez qu&apos;elle reste à faire</translation>
    </message>
    <message>
        <source>no adverse event with id %1</source>
        <translation>aucun effet indésirable avec l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>it was changed meanwhile; reopen it</source>
        <translation>il a été modifié entre-temps ; rouvrez-le</translation>
    </message>
</context>
<context>
    <name>meso::clinic::BackupService</name>
    <message>
        <source>Cannot open %1 to flush it to disk.</source>
        <translation>Impossible d&apos;ouvrir %1 pour l&apos;écrire sur le disque.</translation>
    </message>
    <message>
        <source>Cannot flush %1 to disk.</source>
        <translation>Impossible d&apos;écrire %1 sur le disque.</translation>
    </message>
    <message>
        <source>a clinic server is backed up on the server, with pg_dump (docs/deployment.md); MesoPlan backs up only a database file of this computer</source>
        <translation>un serveur de cabinet se sauvegarde sur le serveur lui-même, avec pg_dump (docs/deployment.md) ; MesoPlan ne sauvegarde qu&apos;un fichier de base de données de cet ordinateur</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file</source>
        <translation>%1 existe déjà ; choisissez un nouveau fichier</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>%1 cannot be opened</source>
        <translation>impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check: %2); nothing was changed</source>
        <translation>%1 est endommagé (contrôle d&apos;intégrité : %2) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>not a database</source>
        <translation>pas une base de données</translation>
    </message>
    <message>
        <source>%1 is not a MesoPlan database; nothing was changed</source>
        <translation>%1 n&apos;est pas une base de données MesoPlan ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>%1 comes from a newer MesoPlan (schema %2); nothing was changed</source>
        <translation>%1 provient d&apos;une version plus récente de MesoPlan (schéma %2) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>an administrator of the database being replaced restores it</source>
        <translation>seul un administrateur de la base de données remplacée peut la restaurer</translation>
    </message>
    <message>
        <source>the backup is the database itself</source>
        <translation>la sauvegarde est la base de données elle-même</translation>
    </message>
    <message>
        <source>Cannot copy the backup next to the database %1.</source>
        <translation>Impossible de copier la sauvegarde à côté de la base de données %1.</translation>
    </message>
    <message>
        <source>Cannot set the current database aside; nothing was changed.</source>
        <translation>Impossible de mettre de côté la base de données actuelle ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot move the restored database into place; the previous one is kept as %1.</source>
        <translation>Impossible de mettre en place la base de données restaurée ; la précédente est conservée sous %1.</translation>
    </message>
</context>
<context>
    <name>meso::clinic::BillingService</name>
    <message>
        <source>no patient %1</source>
        <translation>aucun patient %1</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <source>expected a protocol of the catalog, not &quot;%1&quot;</source>
        <translation>un protocole du catalogue est attendu, pas « %1 »</translation>
    </message>
    <message>
        <source>expected an amount from 0 to 100000.00</source>
        <translation>un montant de 0 à 100000,00 est attendu</translation>
    </message>
    <message>
        <source>expected an amount from 0 to 100000.00 (0: no package)</source>
        <translation>un montant de 0 à 100000,00 est attendu (0 : pas de forfait)</translation>
    </message>
    <message>
        <source>expected the 14 digits of a SIRET number, such as 732 829 320 00074 (its last digit checks the others)</source>
        <translation>les 14 chiffres d&apos;un numéro SIRET sont attendus, par exemple 732 829 320 00074 (le dernier chiffre contrôle les autres)</translation>
    </message>
    <message>
        <source>expected FR, its 2-digit key and the 9 digits of the SIRET&apos;s SIREN, such as FR44 732829320</source>
        <translation>FR, sa clé à 2 chiffres et les 9 chiffres du SIREN du SIRET sont attendus, par exemple FR44 732829320</translation>
    </message>
    <message>
        <source>expected a VAT number: a country code and 2 to 13 letters or digits</source>
        <translation>un numéro de TVA est attendu : un code pays et 2 à 13 lettres ou chiffres</translation>
    </message>
    <message>
        <source>expected 0 to 100 %</source>
        <translation>de 0 à 100 % est attendu</translation>
    </message>
    <message>
        <source>expected the legal mention printed without VAT, such as &quot;TVA non applicable, article 261-4-1° du CGI&quot;</source>
        <translation>la mention légale imprimée sans TVA est attendue, par exemple « TVA non applicable, article 261-4-1° du CGI »</translation>
    </message>
    <message>
        <source>expected the clinic&apos;s name (Settings &gt; Clinic) before the first invoice</source>
        <translation>le nom du cabinet (Paramètres &gt; Cabinet) est attendu avant la première facture</translation>
    </message>
    <message>
        <source>expected at least one completed session</source>
        <translation>au moins une séance réalisée est attendue</translation>
    </message>
    <message>
        <source>no appointment %1</source>
        <translation>aucun rendez-vous %1</translation>
    </message>
    <message>
        <source>appointment %1 is not a completed session</source>
        <translation>le rendez-vous %1 n&apos;est pas une séance réalisée</translation>
    </message>
    <message>
        <source>appointment %1 is another patient&apos;s: an invoice is one patient&apos;s</source>
        <translation>le rendez-vous %1 est celui d&apos;un autre patient : une facture concerne un seul patient</translation>
    </message>
    <message>
        <source>appointment %1 is already billed</source>
        <translation>le rendez-vous %1 est déjà facturé</translation>
    </message>
    <message>
        <source>appointment %1 is part of a course billed as a package (invoice %2)</source>
        <translation>le rendez-vous %1 fait partie d&apos;une cure facturée au forfait (facture %2)</translation>
    </message>
    <message>
        <source>%1: session %2 of %3, %4</source>
        <translation>%1 : séance %2 sur %3, %4</translation>
    </message>
    <message>
        <source>no approved plan for request %1 of consultation %2</source>
        <translation>aucun plan validé pour la demande %1 de la consultation %2</translation>
    </message>
    <message>
        <source>the course is already billed as a package (invoice %1)</source>
        <translation>la cure est déjà facturée au forfait (facture %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) of the course are already billed one by one</source>
        <translation>
            <numerusform>%n séance de la cure est déjà facturée à l&apos;unité</numerusform>
            <numerusform>%n séances de la cure sont déjà facturées à l&apos;unité</numerusform>
        </translation>
    </message>
    <message>
        <source>no package price for %1 and no approved quote</source>
        <translation>aucun prix forfaitaire pour %1 et aucun devis validé</translation>
    </message>
    <message>
        <source>%1: course of %2 sessions, paid in advance</source>
        <translation>%1 : cure de %2 séances, payée d&apos;avance</translation>
    </message>
    <message>
        <source>expected why the invoice is cancelled</source>
        <translation>le motif de l&apos;annulation de la facture est attendu</translation>
    </message>
    <message>
        <source>no invoice numbered &quot;%1&quot;</source>
        <translation>aucune facture numérotée « %1 »</translation>
    </message>
    <message>
        <source>every line of invoice %1 is already cancelled</source>
        <translation>toutes les lignes de la facture %1 sont déjà annulées</translation>
    </message>
    <message>
        <source>invoice %1 has no line %2</source>
        <translation>la facture %1 n&apos;a pas de ligne %2</translation>
    </message>
    <message>
        <source>line %1 of invoice %2 is already cancelled</source>
        <translation>la ligne %1 de la facture %2 est déjà annulée</translation>
    </message>
    <message>
        <source>no invoice or credit note numbered &quot;%1&quot;</source>
        <translation>aucune facture ni aucun avoir numéroté « %1 »</translation>
    </message>
    <message>
        <source>expected card, cash, cheque or transfer</source>
        <translation>card, cash, cheque ou transfer est attendu</translation>
    </message>
    <message>
        <source>expected an amount from 0.01 to 100000.00</source>
        <translation>un montant de 0,01 à 100000,00 est attendu</translation>
    </message>
    <message>
        <source>expected a day up to today</source>
        <translation>une date jusqu&apos;à aujourd&apos;hui est attendue</translation>
    </message>
    <message>
        <source>no invoice or credit note &quot;%1&quot; of patient %2</source>
        <translation>aucune facture ni aucun avoir « %1 » du patient %2</translation>
    </message>
    <message>
        <source>expected at most %1 left to refund on credit note %2</source>
        <translation>au plus %1 restant à rembourser sur l&apos;avoir %2 est attendu</translation>
    </message>
    <message>
        <source>expected at most %1 still due on invoice %2</source>
        <translation>au plus %1 restant dû sur la facture %2 est attendu</translation>
    </message>
    <message>
        <source>no approved course of patient %1 for request %2 of consultation %3</source>
        <translation>aucune cure validée du patient %1 pour la demande %2 de la consultation %3</translation>
    </message>
    <message>
        <source>expected a date</source>
        <translation>une date est attendue</translation>
    </message>
    <message>
        <source>expected the clinic&apos;s SIRET (Billing &gt; Prices and VAT): a French invoice must show it</source>
        <translation>le SIRET du cabinet (Facturation &gt; Prix et TVA) est attendu : une facture française doit l&apos;indiquer</translation>
    </message>
    <message>
        <source>expected the clinic&apos;s VAT number (Billing &gt; Prices and VAT): an invoice charging VAT must show it</source>
        <translation>le numéro de TVA du cabinet (Facturation &gt; Prix et TVA) est attendu : une facture avec TVA doit l&apos;indiquer</translation>
    </message>
    <message>
        <source>credit note %1 is already refunded</source>
        <translation>l&apos;avoir %1 est déjà remboursé</translation>
    </message>
    <message>
        <source>nothing is left to pay on invoice %1</source>
        <translation>plus rien n&apos;est dû sur la facture %1</translation>
    </message>
    <message>
        <source>expected a price: the clinic&apos;s currency (%1) is not the catalog&apos;s (%2), so every protocol keeps a price of its own</source>
        <translation>un prix est attendu : la devise du cabinet (%1) n&apos;est pas celle du catalogue (%2), chaque protocole garde donc son propre prix</translation>
    </message>
    <message>
        <source>quotes or invoices were already made in %1: a clinic chooses its currency before its first quote</source>
        <translation>des devis ou des factures ont déjà été établis en %1 : un cabinet choisit sa devise avant son premier devis</translation>
    </message>
    <message>
        <source>the catalog&apos;s prices are in %1: give every protocol its price in %2 first (none yet: %3)</source>
        <translation>les prix du catalogue sont en %1 : donnez d&apos;abord à chaque protocole son prix en %2 (sans prix pour l&apos;instant : %3)</translation>
    </message>
    <message>
        <source>expected an ISO 4217 code such as EUR or CHF</source>
        <translation>un code ISO 4217 est attendu, par exemple EUR ou CHF</translation>
    </message>
    <message>
        <source>%1 has no price in %2 yet: an administrator sets it in Prices and VAT</source>
        <translation>%1 n&apos;a pas encore de prix en %2 : un administrateur le fixe dans Prix et TVA</translation>
    </message>
</context>
<context>
    <name>meso::clinic::BookingService</name>
    <message>
        <source>it was changed meanwhile; reload the calendar</source>
        <translation>le rendez-vous a été modifié entre-temps ; rechargez l&apos;agenda</translation>
    </message>
    <message>
        <source>session %1: %2</source>
        <translation>séance %1 : %2</translation>
    </message>
    <message>
        <source>no plan with id %1</source>
        <translation>aucun plan avec l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>only an approved plan is booked</source>
        <translation>seul un plan validé peut être réservé</translation>
    </message>
    <message>
        <source>the plan has no protocol</source>
        <translation>le plan n&apos;a pas de protocole</translation>
    </message>
    <message>
        <source>no active practitioner with id %1</source>
        <translation>aucun praticien actif avec l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>the plan&apos;s sessions are already booked (cancel or move them to follow a new version)</source>
        <translation>les séances du plan sont déjà réservées (annulez-les ou déplacez-les pour suivre une nouvelle version)</translation>
    </message>
    <message>
        <source>expected %1 sessions</source>
        <translation>%1 séances attendues</translation>
    </message>
    <message>
        <source>expected session %1 in order, with its date</source>
        <translation>séance %1 attendue dans l&apos;ordre, avec sa date</translation>
    </message>
    <message>
        <source>only a booked appointment is moved</source>
        <translation>seul un rendez-vous réservé peut être déplacé</translation>
    </message>
    <message>
        <source>only a booked appointment is moved (this one is %1)</source>
        <translation>seul un rendez-vous réservé peut être déplacé (statut de celui-ci : %1)</translation>
    </message>
    <message>
        <source>expected an appointment that is %1, not %2</source>
        <translation>statut du rendez-vous attendu : %1 (statut actuel : %2)</translation>
    </message>
    <message>
        <source>expected the reason for cancelling</source>
        <translation>indiquez le motif de l&apos;annulation</translation>
    </message>
    <message>
        <source>a patient is checked in on the day of the appointment</source>
        <translation>l&apos;arrivée d&apos;un patient s&apos;enregistre le jour du rendez-vous</translation>
    </message>
    <message>
        <source>a no-show is recorded once the appointment has begun</source>
        <translation>une absence ne s&apos;enregistre qu&apos;une fois l&apos;heure du rendez-vous arrivée</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>réservé</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>arrivé</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>non venu</translation>
    </message>
</context>
<context>
    <name>meso::clinic::CalendarExport</name>
    <message>
        <source>%1, session %2 of %3</source>
        <translation>%1, séance %2 sur %3</translation>
    </message>
    <message>
        <source>no such patient</source>
        <translation>patient introuvable</translation>
    </message>
    <message>
        <source>Mesotherapy: %1</source>
        <translation>Mésothérapie : %1</translation>
    </message>
    <message>
        <source>To change or cancel, call %1.</source>
        <translation>Pour déplacer ou annuler, appelez le %1.</translation>
    </message>
    <message>
        <source>Appointments of %1 %2</source>
        <translation>Rendez-vous de %1 %2</translation>
    </message>
    <message>
        <source>expected the id of an active practitioner</source>
        <translation>indiquez l&apos;identifiant d&apos;un praticien actif</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>MesoPlan: %1</source>
        <translation>MesoPlan : %1</translation>
    </message>
</context>
<context>
    <name>meso::clinic::CatalogService</name>
    <message>
        <source>No catalog is loaded in this database.</source>
        <translation>Aucun catalogue n&apos;est chargé dans cette base de données.</translation>
    </message>
    <message>
        <source>The stored catalog is of an earlier format (%1). An administrator exports it (mesoplan-cli catalog export DIR), brings it to the current format as docs/catalog-format.md says (&quot;Upgrading from format 1&quot;) and imports it again.</source>
        <translation>Le catalogue enregistré est dans un format antérieur (%1). Un administrateur l&apos;exporte (mesoplan-cli catalog export DIR), le met au format actuel comme l&apos;indique docs/catalog-format.md (« Upgrading from format 1 ») et l&apos;importe de nouveau.</translation>
    </message>
    <message>
        <source>The stored catalog is damaged: %1</source>
        <translation>Le catalogue enregistré est endommagé : %1</translation>
    </message>
    <message>
        <source>The stored catalog does not match its recorded version %1; import it again.</source>
        <translation>Le catalogue enregistré ne correspond pas à sa version enregistrée %1 ; importez-le de nouveau.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>meso::clinic::ClinicProfileService</name>
    <message>
        <source>expected a two-letter country code such as FR, BE or CH, got &quot;%1&quot;</source>
        <translation>code pays à deux lettres attendu (par exemple FR, BE ou CH), reçu « %1 »</translation>
    </message>
    <message>
        <source>expected the clinic&apos;s name</source>
        <translation>nom du cabinet obligatoire</translation>
    </message>
    <message>
        <source>expected a PNG or JPEG image</source>
        <translation>image PNG ou JPEG attendue</translation>
    </message>
    <message>
        <source>expected an image of at most 512 KiB</source>
        <translation>image de 512 Kio au maximum attendue</translation>
    </message>
    <message>
        <source>expected 1 to 60 minutes</source>
        <translation>valeur attendue : de 1 à 60 minutes</translation>
    </message>
    <message>
        <source>expected 0 to 100 years</source>
        <translation>valeur attendue : de 0 à 100 ans</translation>
    </message>
    <message>
        <source>expected 1 to 365 backups</source>
        <translation>valeur attendue : de 1 à 365 sauvegardes</translation>
    </message>
    <message>
        <source>expected 0 to 365 days</source>
        <translation>valeur attendue : de 0 à 365 jours</translation>
    </message>
    <message>
        <source>expected a server name such as smtp.example.org</source>
        <translation>nom de serveur attendu, par exemple smtp.example.org</translation>
    </message>
    <message>
        <source>expected a port from 1 to 65535</source>
        <translation>port attendu entre 1 et 65535</translation>
    </message>
    <message>
        <source>expected starttls, tls or none</source>
        <translation>valeur attendue : starttls, tls ou none</translation>
    </message>
    <message>
        <source>expected starttls or tls: without encryption, only a mail server on this computer (localhost) is accepted</source>
        <translation>valeur attendue : starttls ou tls ; sans chiffrement, seul un serveur de messagerie sur cet ordinateur (localhost) est accepté</translation>
    </message>
    <message>
        <source>expected the sender&apos;s address, such as contact@clinic.example</source>
        <translation>adresse de l&apos;expéditeur attendue, par exemple contact@cabinet.example</translation>
    </message>
    <message>
        <source>expected a readable certificate file (PEM), not found: %1</source>
        <translation>fichier de certificat (PEM) lisible attendu, introuvable : %1</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>valeur attendue parmi : %1</translation>
    </message>
</context>
<context>
    <name>meso::clinic::ClinicSetupService</name>
    <message>
        <source>expected 0 to 120 minutes</source>
        <translation>valeur attendue : 0 à 120 minutes</translation>
    </message>
    <message>
        <source>expected the room&apos;s name</source>
        <translation>nom de la salle attendu</translation>
    </message>
    <message>
        <source>expected equipment the catalog&apos;s protocols use (%1), got &quot;%2&quot;</source>
        <translation>équipement attendu parmi ceux qu&apos;utilisent les protocoles du catalogue (%1), reçu « %2 »</translation>
    </message>
    <message>
        <source>expected an active practitioner</source>
        <translation>praticien actif attendu</translation>
    </message>
    <message>
        <source>no protocol &quot;%1&quot; in the catalog</source>
        <translation>aucun protocole « %1 » dans le catalogue</translation>
    </message>
    <message>
        <source>expected a date</source>
        <translation>date attendue</translation>
    </message>
    <message>
        <source>expected 2 to 40 lower-case letters, digits, dots, hyphens or underscores</source>
        <translation>2 à 40 caractères attendus : lettres minuscules, chiffres, points, tirets ou tirets bas</translation>
    </message>
    <message>
        <source>expected the practitioner&apos;s name</source>
        <translation>nom du praticien attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already taken</source>
        <translation>« %1 » est déjà utilisé</translation>
    </message>
    <message>
        <source>Room 1</source>
        <translation>Salle 1</translation>
    </message>
    <message>
        <source>Local practitioner</source>
        <translation>Praticien local</translation>
    </message>
</context>
<context>
    <name>meso::clinic::ClinicTime</name>
    <message>
        <source>expected {&quot;1&quot;: [[&quot;09:00&quot;, &quot;18:00&quot;]], ...} with days 1 (Monday) to 7 (Sunday)</source>
        <translation>attendu : {&quot;1&quot;: [[&quot;09:00&quot;, &quot;18:00&quot;]], ...} avec les jours 1 (lundi) à 7 (dimanche)</translation>
    </message>
    <message>
        <source>expected days 1 (Monday) to 7 (Sunday), each a list of [&quot;HH:MM&quot;, &quot;HH:MM&quot;]</source>
        <translation>jours 1 (lundi) à 7 (dimanche) attendus, chacun étant une liste de [&quot;HH:MM&quot;, &quot;HH:MM&quot;]</translation>
    </message>
    <message>
        <source>expected [&quot;HH:MM&quot;, &quot;HH:MM&quot;] windows on day %1</source>
        <translation>plages [&quot;HH:MM&quot;, &quot;HH:MM&quot;] attendues le jour %1</translation>
    </message>
    <message>
        <source>expected a start before the end, as HH:MM, on day %1</source>
        <translation>début antérieur à la fin attendu, au format HH:MM, le jour %1</translation>
    </message>
</context>
<context>
    <name>meso::clinic::ConsultationService</name>
    <message>
        <source>it was signed or changed meanwhile; reopen it</source>
        <translation>la consultation a été signée ou modifiée entre-temps ; rouvrez-la</translation>
    </message>
    <message>
        <source>expected a date</source>
        <translation>indiquez une date</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
    <message>
        <source>only a signed consultation is amended; edit the draft instead</source>
        <translation>seule une consultation signée peut être rectifiée ; modifiez plutôt le brouillon</translation>
    </message>
</context>
<context>
    <name>meso::clinic::DemoGenerator</name>
    <message>
        <source>expected 1 to 1,000,000 patients, got %1</source>
        <translation>de 1 à 1 000 000 patients attendus, reçu %1</translation>
    </message>
    <message>
        <source>expected 1 to 20 years, got %1</source>
        <translation>de 1 à 20 ans attendus, reçu %1</translation>
    </message>
    <message>
        <source>the clinic already has patients: a clinic is generated only into an empty database, never mixed with real records</source>
        <translation>le cabinet a déjà des patients : un cabinet n&apos;est généré que dans une base de données vide, jamais mêlé à de vrais dossiers</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>Salle %1</translation>
    </message>
    <message>
        <source>The patient asked to postpone</source>
        <translation>Le patient a demandé un report</translation>
    </message>
    <message>
        <source>expected 1 to 52 weeks, got %1</source>
        <translation>de 1 à 52 semaines attendues, reçu %1</translation>
    </message>
    <message>
        <source>The patient felt unwell on arrival</source>
        <translation>Le patient ne se sentait pas bien à son arrivée</translation>
    </message>
    <message>
        <source>Noticed by the patient after the session</source>
        <translation>Remarqué par le patient après la séance</translation>
    </message>
    <message>
        <source>Advice given; seen again at the next session</source>
        <translation>Conseils donnés ; revu à la séance suivante</translation>
    </message>
</context>
<context>
    <name>meso::clinic::Installation</name>
    <message>
        <source>Proprietary software: copyright 2026 the MesoPlan authors, all rights reserved. Built with Qt (LGPL-3.0), SQLite (public domain), libsodium (ISC) and nlohmann/json (MIT).</source>
        <translation>Logiciel propriétaire : copyright 2026 les auteurs de MesoPlan, tous droits réservés. Réalisé avec Qt (LGPL-3.0), SQLite (domaine public), libsodium (ISC) et nlohmann/json (MIT).</translation>
    </message>
</context>
<context>
    <name>meso::clinic::Keyring</name>
    <message>
        <source>MesoPlan: mail server %1 (%2)</source>
        <translation>MesoPlan : serveur de messagerie %1 (%2)</translation>
    </message>
</context>
<context>
    <name>meso::clinic::MigrationService</name>
    <message>
        <source>%1 %2: nothing was copied. Copy only into a new, empty database.</source>
        <translation>%1 %2 : rien n&apos;a été copié. Copiez uniquement vers une base de données neuve et vide.</translation>
    </message>
    <message>
        <source>holds tables of another program</source>
        <translation>contient des tables d&apos;un autre programme</translation>
    </message>
    <message>
        <source>already holds a MesoPlan database (schema %1)</source>
        <translation>contient déjà une base de données MesoPlan (schéma %1)</translation>
    </message>
    <message>
        <source>already holds a clinic</source>
        <translation>contient déjà les données d&apos;un cabinet</translation>
    </message>
</context>
<context>
    <name>meso::clinic::PatientImportService</name>
    <message>
        <source>expected a first line naming the columns, then a line per patient; the file is empty</source>
        <translation>une première ligne nommant les colonnes puis une ligne par patient attendues ; le fichier est vide</translation>
    </message>
    <message>
        <source>a quote opened on line %1 is never closed</source>
        <translation>un guillemet ouvert à la ligne %1 n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a patient field: expected one of %2</source>
        <translation>« %1 » n&apos;est pas un champ du patient : l&apos;un de %2 attendu</translation>
    </message>
    <message>
        <source>the file has no column &quot;%1&quot;: its columns are %2</source>
        <translation>le fichier n&apos;a pas de colonne « %1 » : ses colonnes sont %2</translation>
    </message>
    <message>
        <source>expected a column for %1 (the file&apos;s columns are %2): name it with --map COLUMN=%1</source>
        <translation>une colonne pour %1 attendue (les colonnes du fichier sont %2) : nommez-la avec --map COLONNE=%1</translation>
    </message>
    <message>
        <source>expected DD/MM/YYYY or YYYY-MM-DD, got &quot;%1&quot;</source>
        <translation>JJ/MM/AAAA ou AAAA-MM-JJ attendu, reçu « %1 »</translation>
    </message>
    <message>
        <source>expected F, M or other (femme, homme, autre), got &quot;%1&quot;</source>
        <translation>F, M ou autre (femme, homme, autre) attendu, reçu « %1 »</translation>
    </message>
</context>
<context>
    <name>meso::clinic::PatientService</name>
    <message>
        <source>someone else changed this patient meanwhile; reopen it to see their change</source>
        <translation>quelqu&apos;un d&apos;autre a modifié ce patient entre-temps ; rouvrez la fiche pour voir sa modification</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>expected at most 200 characters</source>
        <translation>200 caractères au maximum</translation>
    </message>
    <message>
        <source>expected no control characters (tabs, line breaks, escapes)</source>
        <translation>caractères de contrôle non autorisés (tabulations, sauts de ligne, échappements)</translation>
    </message>
    <message>
        <source>expected at most 10,000 characters</source>
        <translation>10 000 caractères au maximum</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation>date attendue au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>expected a date in the past</source>
        <translation>date passée attendue</translation>
    </message>
    <message>
        <source>expected a date within the last 130 years</source>
        <translation>date attendue dans les 130 dernières années</translation>
    </message>
    <message>
        <source>expected female, male or other</source>
        <translation>valeur attendue : femme, homme ou autre</translation>
    </message>
    <message>
        <source>expected an address such as name@example.org</source>
        <translation>adresse attendue du type nom@example.org</translation>
    </message>
    <message>
        <source>the patient was anonymised</source>
        <translation>le patient a été anonymisé</translation>
    </message>
    <message>
        <source>expected a date up to today</source>
        <translation>une date jusqu&apos;à aujourd&apos;hui attendue</translation>
    </message>
    <message>
        <source>expected a phone number or an e-mail address to send reminders to</source>
        <translation>un téléphone ou une adresse e-mail où envoyer les rappels attendu</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>valeur attendue parmi : %1</translation>
    </message>
    <message>
        <source>only MesoPlan itself writes the stored phone numbers in E.164</source>
        <translation>seul MesoPlan lui-même écrit les numéros de téléphone enregistrés au format E.164</translation>
    </message>
    <message>
        <source>expected at most 6 lines and 500 characters</source>
        <translation>6 lignes et 500 caractères au plus attendus</translation>
    </message>
    <message>
        <source>expected lines of text without control characters (escapes)</source>
        <translation>lignes de texte attendues, sans caractère de contrôle (échappement)</translation>
    </message>
</context>
<context>
    <name>meso::clinic::Permissions</name>
    <message>
        <source>See patients&apos; identity and contact details</source>
        <translation>Voir l&apos;identité et les coordonnées des patients</translation>
    </message>
    <message>
        <source>Register, edit and archive patients</source>
        <translation>Créer, modifier et archiver les patients</translation>
    </message>
    <message>
        <source>Read consultations (medical history, findings)</source>
        <translation>Lire les consultations (antécédents médicaux, constats)</translation>
    </message>
    <message>
        <source>Record, sign and amend consultations</source>
        <translation>Saisir, signer et rectifier les consultations</translation>
    </message>
    <message>
        <source>Screen and plan an intake that is not stored</source>
        <translation>Contrôler et planifier des données de consultation non enregistrées</translation>
    </message>
    <message>
        <source>Read plans (cocktails, findings, overrides)</source>
        <translation>Lire les plans de traitement (cocktails, constats, dérogations)</translation>
    </message>
    <message>
        <source>See a plan&apos;s bookable summary</source>
        <translation>Voir le résumé d&apos;un plan pour la prise de rendez-vous</translation>
    </message>
    <message>
        <source>Edit plans and make new versions</source>
        <translation>Modifier les plans et en créer de nouvelles versions</translation>
    </message>
    <message>
        <source>Override a relative finding</source>
        <translation>Accorder une dérogation à un constat relatif</translation>
    </message>
    <message>
        <source>Approve a plan</source>
        <translation>Valider un plan</translation>
    </message>
    <message>
        <source>Record a patient&apos;s consent</source>
        <translation>Enregistrer le consentement d&apos;un patient</translation>
    </message>
    <message>
        <source>Read treatment session records</source>
        <translation>Lire les comptes rendus de séance</translation>
    </message>
    <message>
        <source>Record sessions, adverse events and photos</source>
        <translation>Saisir les séances, les effets indésirables et les photos</translation>
    </message>
    <message>
        <source>See products and lots in stock</source>
        <translation>Voir les produits et les lots en stock</translation>
    </message>
    <message>
        <source>Add products and receive lots</source>
        <translation>Ajouter des produits et réceptionner des lots</translation>
    </message>
    <message>
        <source>Trace a lot to the patients who received it</source>
        <translation>Retrouver les patients ayant reçu un lot (traçabilité)</translation>
    </message>
    <message>
        <source>See the calendar and appointments</source>
        <translation>Voir l&apos;agenda et les rendez-vous</translation>
    </message>
    <message>
        <source>Book, move, cancel, check in, mark no-shows</source>
        <translation>Réserver, déplacer, annuler, enregistrer les arrivées, signaler les absences</translation>
    </message>
    <message>
        <source>See the clinic&apos;s profile, setup and policies</source>
        <translation>Voir le profil, la configuration et les règles du cabinet</translation>
    </message>
    <message>
        <source>Change the clinic&apos;s profile, setup and policies</source>
        <translation>Modifier le profil, la configuration et les règles du cabinet</translation>
    </message>
    <message>
        <source>See and export the catalog</source>
        <translation>Voir et exporter le catalogue</translation>
    </message>
    <message>
        <source>Import a catalog</source>
        <translation>Importer un catalogue</translation>
    </message>
    <message>
        <source>Manage user accounts</source>
        <translation>Gérer les comptes utilisateurs</translation>
    </message>
    <message>
        <source>Read, export and verify the audit trail</source>
        <translation>Lire, exporter et vérifier le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Export everything held about a patient</source>
        <translation>Exporter toutes les données détenues sur un patient</translation>
    </message>
    <message>
        <source>Anonymise a patient</source>
        <translation>Anonymiser un patient</translation>
    </message>
    <message>
        <source>Back up and restore the database</source>
        <translation>Sauvegarder et restaurer la base de données</translation>
    </message>
    <message>
        <source>%1 (%2) may not: %3.</source>
        <translation>Action non autorisée pour %1 (%2) : %3.</translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation>praticien</translation>
    </message>
    <message>
        <source>front desk</source>
        <translation>accueil</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>Import patients from another program&apos;s file</source>
        <translation>Importer des patients depuis le fichier d&apos;un autre logiciel</translation>
    </message>
    <message>
        <source>See the clinic&apos;s activity: appointments, cancellations, no-shows</source>
        <translation>Voir l&apos;activité du cabinet : rendez-vous, annulations, absences</translation>
    </message>
    <message>
        <source>See courses, adverse events and quotes by protocol and month</source>
        <translation>Voir les cures, les effets indésirables et les devis par protocole et par mois</translation>
    </message>
    <message>
        <source>See the courses due for maintenance or abandoned</source>
        <translation>Voir les cures à entretenir ou abandonnées</translation>
    </message>
    <message>
        <source>Mark a recall contacted, booked or declined</source>
        <translation>Noter un rappel : contacté, réservé ou refusé</translation>
    </message>
    <message>
        <source>Prepare and send appointment reminders</source>
        <translation>Préparer et envoyer les rappels de rendez-vous</translation>
    </message>
    <message>
        <source>See invoices, payments, balances, a day&apos;s takings and prices</source>
        <translation>Voir les factures, les paiements, les soldes, les recettes du jour et les prix</translation>
    </message>
    <message>
        <source>Issue invoices of sessions or of a course&apos;s package</source>
        <translation>Émettre des factures de séances ou du forfait d&apos;une cure</translation>
    </message>
    <message>
        <source>Record payments, deposits and refunds</source>
        <translation>Enregistrer les paiements, acomptes et remboursements</translation>
    </message>
    <message>
        <source>Issue a credit note cancelling an invoice</source>
        <translation>Émettre un avoir annulant une facture</translation>
    </message>
    <message>
        <source>Set prices, the VAT rate and the clinic&apos;s legal identifiers</source>
        <translation>Définir les prix, le taux de TVA et les identifiants légaux du cabinet</translation>
    </message>
</context>
<context>
    <name>meso::clinic::PhoneNumbers</name>
    <message>
        <source>expected a phone number with its country code, such as +33 6 12 34 56 78 (the clinic&apos;s country, in Settings, lets numbers be typed without it)</source>
        <translation>numéro de téléphone attendu avec son indicatif pays, par exemple +33 6 12 34 56 78 (le pays du cabinet, dans Paramètres, permet de saisir les numéros sans indicatif)</translation>
    </message>
    <message>
        <source>expected a phone number of the clinic&apos;s country (%1), such as %2, or one with its country code, such as +44 20 7946 0958</source>
        <translation>numéro de téléphone attendu du pays du cabinet (%1), par exemple %2, ou avec son indicatif pays, par exemple +44 20 7946 0958</translation>
    </message>
</context>
<context>
    <name>meso::clinic::PhotoService</name>
    <message>
        <source>no photos</source>
        <translation>aucune photo</translation>
    </message>
    <message>
        <source>the medical record only</source>
        <translation>dossier médical uniquement</translation>
    </message>
    <message>
        <source>the record and teaching</source>
        <translation>dossier médical et enseignement</translation>
    </message>
    <message>
        <source>the record, teaching and publication</source>
        <translation>dossier médical, enseignement et publication</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>valeur attendue parmi : %1</translation>
    </message>
    <message>
        <source>expected a date, not in the future</source>
        <translation>date attendue, qui ne soit pas dans le futur</translation>
    </message>
    <message>
        <source>no patient with id %1</source>
        <translation>aucun patient avec l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>not an image MesoPlan can read (JPEG, PNG%1): %2</source>
        <translation>format d&apos;image non lisible par MesoPlan (JPEG, PNG%1 acceptés) : %2</translation>
    </message>
    <message>
        <source>the image could not be stored: %1</source>
        <translation>l&apos;image n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an area of the catalog</source>
        <translation>« %1 » n&apos;est pas une zone du catalogue</translation>
    </message>
    <message>
        <source>expected before or after</source>
        <translation>valeur attendue : avant ou après</translation>
    </message>
    <message>
        <source>expected an image file of at most 40 MiB</source>
        <translation>fichier image de 40 Mio au maximum attendu</translation>
    </message>
    <message>
        <source>no performed session with id %1</source>
        <translation>aucune séance réalisée avec l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>the patient refused photos (%1)</source>
        <translation>le patient a refusé les photos (%1)</translation>
    </message>
    <message>
        <source>the patient&apos;s photo consent is not recorded: ask and record it first</source>
        <translation>le consentement photo du patient n&apos;est pas enregistré : demandez-le et enregistrez-le d&apos;abord</translation>
    </message>
    <message>
        <source>no photo with id %1</source>
        <translation>aucune photo avec l&apos;identifiant %1</translation>
    </message>
</context>
<context>
    <name>meso::clinic::PlanService</name>
    <message>
        <source>it was approved or changed meanwhile; reopen it</source>
        <translation>il a été validé ou modifié entre-temps ; rouvrez-le</translation>
    </message>
    <message>
        <source>no protocol of the catalog serves this request</source>
        <translation>aucun protocole du catalogue ne répond à cette demande</translation>
    </message>
    <message>
        <source>an absolute contraindication blocks this request</source>
        <translation>une contre-indication absolue bloque cette demande</translation>
    </message>
    <message>
        <source>the relative finding &quot;%1&quot; needs an override with a reason</source>
        <translation>le constat « %1 » (contre-indication relative) nécessite une dérogation motivée</translation>
    </message>
    <message>
        <source>%1 sessions is outside the protocol&apos;s %2 to %3: give a reason</source>
        <translation>nombre de séances (%1) hors des bornes du protocole (%2 à %3) : indiquez un motif</translation>
    </message>
    <message>
        <source>an interval of %1 days is outside the protocol&apos;s %2 to %3 days: give a reason</source>
        <translation>intervalle de %1 jour(s) hors des bornes du protocole (%2 à %3 jours) : indiquez un motif</translation>
    </message>
    <message>
        <source>Benefit outweighs the risk; discussed with the patient</source>
        <translation>Bénéfice supérieur au risque ; discuté avec le patient</translation>
    </message>
    <message>
        <source>Cleared by the treating physician or specialist (on file)</source>
        <translation>Accord du médecin traitant ou du spécialiste (au dossier)</translation>
    </message>
    <message>
        <source>Condition controlled or resolved, confirmed at examination</source>
        <translation>Affection contrôlée ou résolue, confirmée à l&apos;examen</translation>
    </message>
    <message>
        <source>Medication paused or adjusted by its prescriber</source>
        <translation>Traitement suspendu ou adapté par son prescripteur</translation>
    </message>
    <message>
        <source>The affected site is avoided during injection</source>
        <translation>La zone atteinte est évitée lors de l&apos;injection</translation>
    </message>
    <message>
        <source>Other (explained in the comment)</source>
        <translation>Autre (précisé dans le commentaire)</translation>
    </message>
    <message>
        <source>Written, signed by the patient</source>
        <translation>Écrit, signé par le patient</translation>
    </message>
    <message>
        <source>Verbal, with a witness</source>
        <translation>Oral, en présence d&apos;un témoin</translation>
    </message>
    <message>
        <source>Electronic signature</source>
        <translation>Signature électronique</translation>
    </message>
    <message>
        <source>no such consultation</source>
        <translation>consultation introuvable</translation>
    </message>
    <message>
        <source>the consultation has no such request</source>
        <translation>cette demande n&apos;existe pas dans la consultation</translation>
    </message>
    <message>
        <source>expected a whole number of sessions, at least 1</source>
        <translation>nombre entier de séances attendu, au moins 1</translation>
    </message>
    <message>
        <source>expected an interval of at least 1 day</source>
        <translation>intervalle d&apos;au moins 1 jour attendu</translation>
    </message>
    <message>
        <source>sign the consultation before editing its plans</source>
        <translation>signez la consultation avant de modifier ses plans de traitement</translation>
    </message>
    <message>
        <source>expected a protocol serving this request (%1)</source>
        <translation>protocole attendu parmi ceux qui répondent à cette demande (%1)</translation>
    </message>
    <message>
        <source>expected one of the listed reasons (%1)</source>
        <translation>motif attendu parmi ceux de la liste (%1)</translation>
    </message>
    <message>
        <source>expected a comment explaining the reason</source>
        <translation>commentaire expliquant le motif attendu</translation>
    </message>
    <message>
        <source>only a relative finding of this plan can be overridden</source>
        <translation>seul un constat de contre-indication relative de ce plan peut faire l&apos;objet d&apos;une dérogation</translation>
    </message>
    <message>
        <source>cannot approve: %1</source>
        <translation>validation impossible : %1</translation>
    </message>
    <message>
        <source>only the approved version is revised; edit the draft instead</source>
        <translation>seule la version validée peut être révisée ; modifiez plutôt le brouillon</translation>
    </message>
    <message>
        <source>expected a date, not in the future</source>
        <translation>date attendue, non postérieure à aujourd&apos;hui</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>valeur attendue parmi : %1</translation>
    </message>
    <message>
        <source>the protocol has no price in %1 yet: an administrator sets it in Billing, Prices and VAT</source>
        <translation>le protocole n&apos;a pas encore de prix en %1 : un administrateur le fixe dans Facturation, Prix et TVA</translation>
    </message>
</context>
<context>
    <name>meso::clinic::PrivacyService</name>
    <message>
        <source>no patient with id %1</source>
        <translation>aucun patient avec l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>expected the reason (e.g. the patient&apos;s request)</source>
        <translation>indiquez le motif (p. ex. la demande du patient)</translation>
    </message>
    <message>
        <source>patient %1 is already anonymised</source>
        <translation>le patient %1 est déjà anonymisé</translation>
    </message>
    <message>
        <source>the clinic&apos;s retention period runs until %1; the record cannot be anonymised before</source>
        <translation>la durée de conservation du cabinet court jusqu&apos;au %1 ; le dossier ne peut pas être anonymisé avant cette date</translation>
    </message>
    <message>
        <source>it was changed meanwhile; try again</source>
        <translation>le dossier a été modifié entre-temps ; réessayez</translation>
    </message>
</context>
<context>
    <name>meso::clinic::RecallService</name>
    <message>
        <source>expected a date</source>
        <translation>une date attendue</translation>
    </message>
    <message>
        <source>expected a date on or before %1</source>
        <translation>une date au plus tard le %1 attendue</translation>
    </message>
    <message>
        <source>contacted</source>
        <translation>contacté</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>réservé</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>expected contacted, booked or declined</source>
        <translation>contacted, booked ou declined attendu</translation>
    </message>
    <message>
        <source>expected a date up to today</source>
        <translation>une date jusqu&apos;à aujourd&apos;hui attendue</translation>
    </message>
    <message>
        <source>no course for request %1 of consultation %2</source>
        <translation>aucune cure pour la demande %1 de la consultation %2</translation>
    </message>
</context>
<context>
    <name>meso::clinic::ReminderService</name>
    <message>
        <source>expected a date</source>
        <translation>date attendue</translation>
    </message>
    <message>
        <source>%1, session %2 of %3</source>
        <translation>%1, séance %2 sur %3</translation>
    </message>
    <message>
        <source>Hello %1, a reminder of your appointment on %2 at %3 with %4: %5.</source>
        <translation>Bonjour %1, nous vous rappelons votre rendez-vous du %2 à %3 avec %4 : %5.</translation>
    </message>
    <message>
        <source>Hello %1, a reminder of your appointment at %2 on %3 at %4 with %5: %6.</source>
        <translation>Bonjour %1, %2 vous rappelle votre rendez-vous du %3 à %4 avec %5 : %6.</translation>
    </message>
    <message>
        <source>To change or cancel, call %1.</source>
        <translation>Pour déplacer ou annuler, appelez le %1.</translation>
    </message>
    <message>
        <source>Before your session:</source>
        <translation>Avant votre séance :</translation>
    </message>
    <message>
        <source>Reminder: your appointment on %1 at %2</source>
        <translation>Rappel : votre rendez-vous du %1 à %2</translation>
    </message>
    <message>
        <source>Mesotherapy: %1</source>
        <translation>Mésothérapie : %1</translation>
    </message>
    <message>
        <source>no mail server is set (Settings, Mail server)</source>
        <translation>aucun serveur de messagerie n&apos;est configuré (Paramètres, Serveur de messagerie)</translation>
    </message>
</context>
<context>
    <name>meso::clinic::ReportService</name>
    <message>
        <source>expected a date</source>
        <translation>une date attendue</translation>
    </message>
    <message>
        <source>expected a date on or after %1</source>
        <translation>une date à partir du %1 attendue</translation>
    </message>
    <message>
        <source>expected a period of at most 10 years</source>
        <translation>une période de 10 ans au plus attendue</translation>
    </message>
</context>
<context>
    <name>meso::clinic::SessionService</name>
    <message>
        <source>&quot;%1&quot; is not an area of the catalog</source>
        <translation>« %1 » n&apos;est pas une zone du catalogue</translation>
    </message>
    <message>
        <source>expected the volume injected in mL, above 0 and at most 1000</source>
        <translation>saisissez le volume injecté en mL, supérieur à 0 et au plus égal à 1000</translation>
    </message>
    <message>
        <source>expected a whole number: 1 to 10000 points, 1 to 100 passes</source>
        <translation>saisissez un nombre entier : 1 à 10000 points, 1 à 100 passages</translation>
    </message>
    <message>
        <source>no lot with id %1 was received</source>
        <translation>aucun lot d&apos;identifiant %1 n&apos;a été réceptionné</translation>
    </message>
    <message>
        <source>no appointment with id %1</source>
        <translation>aucun rendez-vous d&apos;identifiant %1</translation>
    </message>
    <message>
        <source>this session is already recorded: amend the record to correct it</source>
        <translation>cette séance est déjà saisie : rectifiez la fiche pour la corriger</translation>
    </message>
    <message>
        <source>a session is recorded once the patient is checked in (the appointment is %1)</source>
        <translation>une séance se saisit une fois l&apos;arrivée du patient enregistrée (statut du rendez-vous : %1)</translation>
    </message>
    <message>
        <source>its plan was never approved</source>
        <translation>son plan de traitement n&apos;a jamais été validé</translation>
    </message>
    <message>
        <source>%1 is not the plan&apos;s area</source>
        <translation>%1 : zone hors du plan de traitement</translation>
    </message>
    <message>
        <source>%1 is not in the approved cocktail</source>
        <translation>%1 ne fait pas partie du cocktail validé</translation>
    </message>
    <message>
        <source>technique %1 instead of the plan&apos;s</source>
        <translation>technique %1 au lieu de celle du plan</translation>
    </message>
    <message>
        <source>expected at least one product line: what was injected, from which lot, where (or record the session as not performed)</source>
        <translation>saisissez au moins une ligne de produit : ce qui a été injecté, de quel lot, à quel endroit (ou saisissez la séance comme non réalisée)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a technique of the catalog</source>
        <translation>« %1 » n&apos;est pas une technique du catalogue</translation>
    </message>
    <message>
        <source>expected a depth from 0 to 20 mm</source>
        <translation>saisissez une profondeur de 0 à 20 mm</translation>
    </message>
    <message>
        <source>the shallowest depth is greater than the deepest</source>
        <translation>la profondeur minimale dépasse la profondeur maximale</translation>
    </message>
    <message>
        <source>expected 0 to 10</source>
        <translation>saisissez une valeur de 0 à 10</translation>
    </message>
    <message>
        <source>expected a GAIS score from 1 (very much improved) to 5 (worse)</source>
        <translation>saisissez un score GAIS de 1 (très nettement amélioré) à 5 (aggravé)</translation>
    </message>
    <message>
        <source>lot %1 of %2 expired on %3: it cannot be injected</source>
        <translation>le lot %1 (%2) est périmé depuis le %3 : il ne peut pas être injecté</translation>
    </message>
    <message>
        <source>lot %1 of %2 has only %3 mL left</source>
        <translation>il ne reste que %3 mL du lot %1 (%2)</translation>
    </message>
    <message>
        <source>the plan&apos;s consultation cannot be read: it cannot be screened</source>
        <translation>la consultation du plan de traitement est illisible : le contrôle des contre-indications est impossible</translation>
    </message>
    <message>
        <source>%1 holds %2</source>
        <translation>%1 contient %2</translation>
    </message>
    <message>
        <source>%1, which this patient&apos;s screening excludes: %2</source>
        <translation>%1, ce que le contrôle des contre-indications de ce patient exclut : %2</translation>
    </message>
    <message>
        <source>%1: %2 The plan has no override for it: revise the plan first.</source>
        <translation>%1 : %2 Le plan de traitement ne comporte aucune dérogation pour ce constat : révisez d&apos;abord le plan.</translation>
    </message>
    <message>
        <source>give the reason for this deviation from the plan (%1): %2</source>
        <translation>indiquez le motif de cet écart par rapport au plan (%1) : %2</translation>
    </message>
    <message>
        <source>expected why the session was not performed</source>
        <translation>indiquez pourquoi la séance n&apos;a pas été réalisée</translation>
    </message>
    <message>
        <source>expected why the record is corrected</source>
        <translation>indiquez le motif de la rectification</translation>
    </message>
    <message>
        <source>no session record with id %1</source>
        <translation>aucune fiche de séance d&apos;identifiant %1</translation>
    </message>
    <message>
        <source>this record was already amended: amend its latest version</source>
        <translation>cette fiche a déjà été rectifiée : rectifiez sa dernière version</translation>
    </message>
    <message>
        <source>no plan with id %1</source>
        <translation>aucun plan de traitement d&apos;identifiant %1</translation>
    </message>
    <message>
        <source>%1: %L2 mL in this session, above the maximum of %L3 mL (%4)</source>
        <translation>%1 : %L2 mL lors de cette séance, au-delà du maximum de %L3 mL (%4)</translation>
    </message>
</context>
<context>
    <name>meso::clinic::SmtpSession</name>
    <message>
        <source>the mail library could not start</source>
        <translation>la bibliothèque de messagerie n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>cannot reach the mail server %1, port %2 (%3)</source>
        <translation>impossible de joindre le serveur de messagerie %1, port %2 (%3)</translation>
    </message>
    <message>
        <source>the mail server does not offer STARTTLS: nothing was sent unencrypted (%1)</source>
        <translation>le serveur de messagerie ne propose pas STARTTLS : rien n&apos;a été envoyé en clair (%1)</translation>
    </message>
    <message>
        <source>the mail server&apos;s certificate cannot be trusted (%1)</source>
        <translation>le certificat du serveur de messagerie n&apos;est pas digne de confiance (%1)</translation>
    </message>
    <message>
        <source>the mail server refused the user name or password (%1)</source>
        <translation>le serveur de messagerie a refusé l&apos;identifiant ou le mot de passe (%1)</translation>
    </message>
    <message>
        <source>the mail server did not accept the message (%1)</source>
        <translation>le serveur de messagerie n&apos;a pas accepté le message (%1)</translation>
    </message>
</context>
<context>
    <name>meso::clinic::StockService</name>
    <message>
        <source>vial</source>
        <translation>flacon</translation>
    </message>
    <message>
        <source>ampoule</source>
        <translation>ampoule</translation>
    </message>
    <message>
        <source>syringe</source>
        <translation>seringue</translation>
    </message>
    <message>
        <source>expected the product&apos;s name</source>
        <translation>indiquez le nom du produit</translation>
    </message>
    <message>
        <source>expected the manufacturer&apos;s name</source>
        <translation>indiquez le nom du fabricant</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>choisissez parmi : %1</translation>
    </message>
    <message>
        <source>expected the volume of one unit in mL, above 0 and at most 1000</source>
        <translation>indiquez le volume d&apos;une unité en mL, supérieur à 0 et au plus égal à 1000</translation>
    </message>
    <message>
        <source>expected 0 to 100000 units</source>
        <translation>saisissez de 0 à 100000 unités</translation>
    </message>
    <message>
        <source>expected at least one catalog ingredient the product holds</source>
        <translation>indiquez au moins un principe actif du catalogue contenu dans le produit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ingredient of the catalog (the Catalog page and mesoplan-cli catalog export list them)</source>
        <translation>« %1 » n&apos;est pas un principe actif du catalogue (la page Catalogue et mesoplan-cli catalog export en donnent la liste)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>« %1 » figure deux fois</translation>
    </message>
    <message>
        <source>%1 already has a product named &quot;%2&quot;</source>
        <translation>%1 a déjà un produit nommé « %2 »</translation>
    </message>
    <message>
        <source>expected the lot number printed on the package</source>
        <translation>indiquez le numéro de lot imprimé sur l&apos;emballage</translation>
    </message>
    <message>
        <source>expected a date (YYYY-MM-DD)</source>
        <translation>indiquez une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>the lot expired on %1: do not take it into stock</source>
        <translation>le lot est périmé depuis le %1 : ne le mettez pas en stock</translation>
    </message>
    <message>
        <source>expected 1 to 100000 units</source>
        <translation>saisissez de 1 à 100000 unités</translation>
    </message>
    <message>
        <source>expected a date, not in the future</source>
        <translation>indiquez une date qui ne soit pas dans le futur</translation>
    </message>
    <message>
        <source>no product with id %1</source>
        <translation>aucun produit avec l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>lot %1 was received with the expiry %2: check the package</source>
        <translation>le lot %1 a été réceptionné avec la date de péremption %2 : vérifiez l&apos;emballage</translation>
    </message>
    <message>
        <source>expected a lot number</source>
        <translation>indiquez un numéro de lot</translation>
    </message>
    <message>
        <source>no lot numbered &quot;%1&quot; was received</source>
        <translation>aucun lot numéro « %1 » n&apos;a été réceptionné</translation>
    </message>
    <message>
        <source>no lot numbered &quot;%1&quot; of product %2 was received</source>
        <translation>aucun lot numéro « %1 » du produit %2 n&apos;a été réceptionné</translation>
    </message>
</context>
<context>
    <name>meso::clinic::UserService</name>
    <message>
        <source>expected at least %1 characters</source>
        <translation>saisissez au moins %1 caractères</translation>
    </message>
    <message>
        <source>expected at most 1024 characters</source>
        <translation>saisissez au plus 1024 caractères</translation>
    </message>
    <message>
        <source>expected 2 to 64 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit</source>
        <translation>saisissez de 2 à 64 lettres minuscules, chiffres, points, tirets ou tirets bas, en commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>expected a name of 1 to 200 characters</source>
        <translation>saisissez un nom de 1 à 200 caractères</translation>
    </message>
    <message>
        <source>expected practitioner, front_desk or admin</source>
        <translation>valeurs attendues : practitioner, front_desk ou admin</translation>
    </message>
    <message>
        <source>an administrator already exists; sign in instead</source>
        <translation>un administrateur existe déjà ; connectez-vous</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already taken</source>
        <translation>« %1 » est déjà utilisé</translation>
    </message>
    <message>
        <source>Unknown user name or wrong password.</source>
        <translation>Nom d&apos;utilisateur inconnu ou mot de passe incorrect.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de tentatives échouées : réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives échouées : réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>no user with id %1</source>
        <translation>aucun utilisateur d&apos;identifiant %1</translation>
    </message>
    <message>
        <source>the clinic needs at least one active administrator who can sign in</source>
        <translation>le cabinet doit avoir au moins un administrateur actif pouvant se connecter</translation>
    </message>
</context>
<context>
    <name>meso::ui::AboutDialog</name>
    <message>
        <source>About MesoPlan</source>
        <translation>À propos de MesoPlan</translation>
    </message>
    <message>
        <source>edition %1, version %2…</source>
        <translation>édition %1, version %2…</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation>Schéma de la base</translation>
    </message>
    <message>
        <source>%1 (this version writes %2)</source>
        <translation>%1 (cette version écrit le %2)</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Fichier journal</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Mesotherapy consultations, screening, session plans and records.</source>
        <translation>Consultations, dépistage, plans et comptes rendus de séances de mésothérapie.</translation>
    </message>
</context>
<context>
    <name>meso::ui::AdverseEventDialog</name>
    <message>
        <source>Serious (hospitalisation, lasting harm, life-threatening)</source>
        <translation>Grave (hospitalisation, séquelles durables, pronostic vital engagé)</translation>
    </message>
    <message>
        <source>Not notified yet: to be done</source>
        <translation>Pas encore notifié : à faire</translation>
    </message>
    <message>
        <source>Adverse event: follow-up</source>
        <translation>Effet indésirable : suivi</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>Effet indésirable</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation>&amp;Survenue le :</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Action taken:</source>
        <translation>&amp;Mesures prises :</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>É&amp;volution :</translation>
    </message>
    <message>
        <source>&amp;Resolved on:</source>
        <translation>&amp;Résolu le :</translation>
    </message>
    <message>
        <source>Notified to the manufacturer and the authorities</source>
        <translation>Notifié au fabricant et aux autorités (ANSM)</translation>
    </message>
    <message>
        <source>&amp;Notified on:</source>
        <translation>&amp;Notifié le :</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>Ré&amp;férence :</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>meso::ui::Application</name>
    <message>
        <source>The database could not complete this action: nothing of it was saved.

%1</source>
        <translation>La base de données n&apos;a pas pu mener à bien cette action : rien n&apos;en a été enregistré.

%1</translation>
    </message>
    <message>
        <source>This action failed and was not completed: %1</source>
        <translation>Cette action a échoué et n&apos;a pas été menée à bien : %1</translation>
    </message>
    <message>
        <source>MesoPlan</source>
        <translation>MesoPlan</translation>
    </message>
</context>
<context>
    <name>meso::ui::AuditPage</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Patient id:</source>
        <translation>N° de &amp;patient :</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>audit-%1.csv</source>
        <translation>audit-%1.csv</translation>
    </message>
    <message>
        <source>Any user</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>The newest %1 matching rows; Export CSV… saves them all.</source>
        <translation>Les %1 lignes correspondantes les plus récentes ; « Exporter en CSV… » les enregistre toutes.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Fichier enregistré : %1.</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n row(s), each chained to the one before.</source>
        <translation>
            <numerusform>Le journal d&apos;audit est intact : %n ligne, chaînée à la précédente.</numerusform>
            <numerusform>Le journal d&apos;audit est intact : %n lignes, chacune chaînée à la précédente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail was changed outside MesoPlan (%n problem(s)):</source>
        <translation>
            <numerusform>Le journal d&apos;audit a été modifié en dehors de MesoPlan (%n problème) :</numerusform>
            <numerusform>Le journal d&apos;audit a été modifié en dehors de MesoPlan (%n problèmes) :</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the audit trail…</source>
        <translation>Export du journal d&apos;audit…</translation>
    </message>
    <message>
        <source>Checking the audit trail…</source>
        <translation>Vérification du journal d&apos;audit…</translation>
    </message>
</context>
<context>
    <name>meso::ui::BillingPage</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Left to pay</source>
        <translation>Reste à payer</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cure</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>&amp;New invoice…</source>
        <translation>&amp;Nouvelle facture…</translation>
    </message>
    <message>
        <source>&amp;Record payment…</source>
        <translation>&amp;Enregistrer un paiement…</translation>
    </message>
    <message>
        <source>&amp;Credit note…</source>
        <translation>A&amp;voir…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;legal details</source>
        <translation>Enregistrer les mentions &amp;légales</translation>
    </message>
    <message>
        <source>Save p&amp;rices</source>
        <translation>Enregistrer les p&amp;rix</translation>
    </message>
    <message>
        <source>Name, birth date or phone</source>
        <translation>Nom, date de naissance ou téléphone</translation>
    </message>
    <message>
        <source>&amp;Find a patient:</source>
        <translation>&amp;Trouver un patient :</translation>
    </message>
    <message>
        <source>Invoices and credit notes:</source>
        <translation>Factures et avoirs :</translation>
    </message>
    <message>
        <source>Payments:</source>
        <translation>Paiements :</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Comptes</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>&amp;Takings</source>
        <translation>&amp;Recettes</translation>
    </message>
    <message>
        <source>e.g. TVA non applicable, article 261-4-1° du CGI</source>
        <translation>p. ex. TVA non applicable, article 261-4-1° du CGI</translation>
    </message>
    <message>
        <source>e.g. Payable on receipt</source>
        <translation>p. ex. Payable à réception</translation>
    </message>
    <message>
        <source>&amp;SIRET:</source>
        <translation>&amp;SIRET :</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>N° de &amp;TVA :</translation>
    </message>
    <message>
        <source>VAT &amp;rate (%):</source>
        <translation>&amp;Taux de TVA (%) :</translation>
    </message>
    <message>
        <source>&amp;Without VAT, the mention:</source>
        <translation>Sans TVA, la &amp;mention :</translation>
    </message>
    <message>
        <source>Pa&amp;yment terms:</source>
        <translation>Co&amp;nditions de paiement :</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Course as a package</source>
        <translation>Cure au forfait</translation>
    </message>
    <message>
        <source>Price from</source>
        <translation>Prix de</translation>
    </message>
    <message>
        <source>&amp;Prices and VAT</source>
        <translation>&amp;Prix et TVA</translation>
    </message>
    <message>
        <source>Find a patient to see their account.</source>
        <translation>Trouvez un patient pour voir son compte.</translation>
    </message>
    <message>
        <source>Course paid in advance</source>
        <translation>Cure payée d&apos;avance</translation>
    </message>
    <message>
        <source>Consultation %1</source>
        <translation>Consultation %1</translation>
    </message>
    <message>
        <source>Credit note of %1</source>
        <translation>Avoir de %1</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Réglée</translation>
    </message>
    <message>
        <source>%1 to refund</source>
        <translation>%1 à rembourser</translation>
    </message>
    <message>
        <source>Deposit, consultation %1</source>
        <translation>Acompte, consultation %1</translation>
    </message>
    <message>
        <source>Balance: %1 to pay</source>
        <translation>Solde : %1 à payer</translation>
    </message>
    <message>
        <source>Balance: %1 in the patient&apos;s favour</source>
        <translation>Solde : %1 en faveur du patient</translation>
    </message>
    <message>
        <source>Balance: settled</source>
        <translation>Solde : réglé</translation>
    </message>
    <message>
        <source>Invoice %1 issued.</source>
        <translation>Facture %1 émise.</translation>
    </message>
    <message>
        <source>Not issued: %1</source>
        <translation>Non émis : %1</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>Paiement enregistré.</translation>
    </message>
    <message>
        <source>Nothing cancelled: tick the lines to cancel.</source>
        <translation>Rien n&apos;est annulé : cochez les lignes à annuler.</translation>
    </message>
    <message>
        <source>Credit note %1 issued.</source>
        <translation>Avoir %1 émis.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No payment on this day.</source>
        <translation>Aucun paiement ce jour-là.</translation>
    </message>
    <message>
        <source>Received %1, refunded %2, net %3.</source>
        <translation>Reçu %1, remboursé %2, net %3.</translation>
    </message>
    <message>
        <source>the clinic</source>
        <translation>le cabinet</translation>
    </message>
    <message>
        <source>the catalog: %1</source>
        <translation>le catalogue : %1</translation>
    </message>
    <message>
        <source>Not saved: billing.vat_rate: expected a percentage such as 20 or 5,5</source>
        <translation>Non enregistré : billing.vat_rate : un pourcentage est attendu, par exemple 20 ou 5,5</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Legal details saved.</source>
        <translation>Mentions légales enregistrées.</translation>
    </message>
    <message>
        <source>Not saved: %1: expected an amount such as 120 or 120,50</source>
        <translation>Non enregistré : %1 : un montant est attendu, par exemple 120 ou 120,50</translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) saved.</source>
        <translation>
            <numerusform>%n prix enregistré.</numerusform>
            <numerusform>%n prix enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2, born %3</source>
        <translation>%1 %2, né(e) le %3</translation>
    </message>
    <message>
        <source>Not saved: %1: a package price needs the session&apos;s price too</source>
        <translation>Non enregistré : %1 : un prix forfaitaire demande aussi le prix de la séance</translation>
    </message>
    <message>
        <source>The ISO 4217 code of the clinic&apos;s currency (EUR, CHF, ...), chosen before the first quote</source>
        <translation>Le code ISO 4217 de la devise du cabinet (EUR, CHF, ...), choisie avant le premier devis</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise :</translation>
    </message>
    <message>
        <source>none in %1 yet: give one</source>
        <translation>aucun en %1 pour l&apos;instant : à fixer</translation>
    </message>
    <message>
        <source>Prices, VAT included (empty: the catalog&apos;s price, while the currency is the catalog&apos;s; a package of 0: not sold as one):</source>
        <translation>Prix TTC (vide : le prix du catalogue, tant que la devise est celle du catalogue ; un forfait à 0 : non vendu au forfait) :</translation>
    </message>
</context>
<context>
    <name>meso::ui::BodyMapWidget</name>
    <message>
        <source>Requested</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Site condition</source>
        <translation>Affection locale</translation>
    </message>
    <message>
        <source>Body map</source>
        <translation>Schéma corporel</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Face</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Dos</translation>
    </message>
</context>
<context>
    <name>meso::ui::BookSeriesDialog</name>
    <message>
        <source>Any time</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <source>Only this practitioner</source>
        <translation>Uniquement ce praticien</translation>
    </message>
    <message>
        <source>&amp;Book all sessions</source>
        <translation>&amp;Réserver toutes les séances</translation>
    </message>
    <message>
        <source>Book series</source>
        <translation>Réserver la série</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>À partir &amp;du :</translation>
    </message>
    <message>
        <source>Preferred days:</source>
        <translation>Jours préférés :</translation>
    </message>
    <message>
        <source>or between</source>
        <translation>ou entre</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>Preferred times:</source>
        <translation>Horaires préférés :</translation>
    </message>
    <message>
        <source>Anyone who performs the protocol</source>
        <translation>Tout praticien pratiquant ce protocole</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>&amp;Praticien :</translation>
    </message>
    <message>
        <source>&amp;Propose dates</source>
        <translation>Pr&amp;oposer des dates</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Days from the ideal date</source>
        <translation>Écart à la date idéale (jours)</translation>
    </message>
    <message>
        <source>No series fits: %1</source>
        <translation>Aucune série ne convient : %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) proposed</source>
        <translation>
            <numerusform>%n séance proposée</numerusform>
            <numerusform>%n séances proposées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from the ideal dates in all. Book them to confirm.</source>
        <translation>
            <numerusform>%n jour d&apos;écart au total par rapport aux dates idéales. Réservez pour confirmer.</numerusform>
            <numerusform>%n jours d&apos;écart au total par rapport aux dates idéales. Réservez pour confirmer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not booked: %1. Here is a new proposal.</source>
        <translation>Réservation impossible : %1. Voici une nouvelle proposition.</translation>
    </message>
    <message>
        <source>Not booked: %1</source>
        <translation>Réservation impossible : %1</translation>
    </message>
</context>
<context>
    <name>meso::ui::CalendarPage</name>
    <message>
        <source>&amp;Book series…</source>
        <translation>&amp;Réserver la série…</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Praticiens</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <source>Day sheet (PDF)…</source>
        <translation>Planning du jour (PDF)…</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Fichier d&apos;agenda</translation>
    </message>
    <message>
        <source>Patient&apos;s appointments (.ics)…</source>
        <translation>Rendez-vous du patient (.ics)…</translation>
    </message>
    <message>
        <source>Practitioner&apos;s next 90 days (.ics)…</source>
        <translation>90 prochains jours du praticien (.ics)…</translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation>Enregistrer le fichier d&apos;agenda</translation>
    </message>
    <message>
        <source>appointments.ics</source>
        <translation>rendez-vous.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Approved plans waiting to be booked</source>
        <translation>Plans validés en attente de réservation</translation>
    </message>
    <message>
        <source>The day&apos;s appointments</source>
        <translation>Rendez-vous du jour</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>Enregistrer l&apos;arr&amp;ivée</translation>
    </message>
    <message>
        <source>&amp;Record session…</source>
        <translation>&amp;Saisir la séance…</translation>
    </message>
    <message>
        <source>Not &amp;performed…</source>
        <translation>&amp;Non réalisée…</translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation>Non &amp;venu</translation>
    </message>
    <message>
        <source>&amp;Cancel…</source>
        <translation>Annu&amp;ler…</translation>
    </message>
    <message>
        <source>Mo&amp;ve…</source>
        <translation>&amp;Déplacer…</translation>
    </message>
    <message>
        <source>not in the calendar</source>
        <translation>ne figure pas dans l&apos;agenda</translation>
    </message>
    <message>
        <source>Session not performed</source>
        <translation>Séance non réalisée</translation>
    </message>
    <message>
        <source>Why was the session not performed? The appointment is closed with this reason.</source>
        <translation>Pourquoi la séance n&apos;a-t-elle pas été réalisée ? Le rendez-vous sera clôturé avec ce motif.</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <source>Reason for cancelling:</source>
        <translation>Motif d&apos;annulation :</translation>
    </message>
    <message>
        <source>Save the day sheet</source>
        <translation>Enregistrer le planning du jour</translation>
    </message>
    <message>
        <source>day-sheet-%1.pdf</source>
        <translation>planning-du-jour-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2
%3, %4/%5</source>
        <translation>%1 %2
%3, %4/%5</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, session %2 of %3</source>
        <translation>%1, séance %2 sur %3</translation>
    </message>
    <message>
        <source>%1 %2: %3, %4 sessions every %5 days</source>
        <translation>%1 %2 : %3, %4 séances tous les %5 jours</translation>
    </message>
    <message>
        <source>Select an appointment first.</source>
        <translation>Sélectionnez d&apos;abord un rendez-vous.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>Session recorded; the appointment is completed.</source>
        <translation>Séance saisie ; le rendez-vous est terminé.</translation>
    </message>
    <message>
        <source>No free slot keeps this session&apos;s spacing to the others; cancel it or move a neighbour.</source>
        <translation>Aucun créneau libre ne respecte l&apos;intervalle entre cette séance et les autres ; annulez-la ou déplacez une séance voisine.</translation>
    </message>
    <message>
        <source>%1 at %2, %3, %4</source>
        <translation>%1 à %2, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>This patient missed %n appointment(s) without notice.</source>
        <translation>
            <numerusform>Ce patient a manqué %n rendez-vous sans prévenir.</numerusform>
            <numerusform>Ce patient a manqué %n rendez-vous sans prévenir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Enregistré : %1.</translation>
    </message>
    <message>
        <source>Day sheet: %1</source>
        <translation>Planning du jour : %1</translation>
    </message>
    <message>
        <source>No appointment.</source>
        <translation>Aucun rendez-vous.</translation>
    </message>
    <message>
        <source>Day sheet %1</source>
        <translation>Planning du jour %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n no-show(s))</source>
        <translation>
            <numerusform>%1 (%n absence)</numerusform>
            <numerusform>%1 (%n absences)</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;minders…</source>
        <translation>Rappels de &amp;RDV…</translation>
    </message>
    <message>
        <source>The next day&apos;s appointment reminders: CSV for SMS, e-mails</source>
        <translation>Les rappels des rendez-vous du lendemain : CSV pour SMS, e-mails</translation>
    </message>
    <message>
        <source>No approved plan is waiting: a plan appears here once a practitioner approves it, until its series is booked.</source>
        <translation>Aucun plan validé en attente : un plan apparaît ici dès qu&apos;un praticien le valide, jusqu&apos;à la réservation de sa série.</translation>
    </message>
    <message>
        <source>No appointments on %1: book a series from the plans waiting above, or choose another day.</source>
        <translation>Aucun rendez-vous le %1 : réservez une série parmi les plans en attente ci-dessus, ou choisissez un autre jour.</translation>
    </message>
</context>
<context>
    <name>meso::ui::CalendarView</name>
    <message>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Move here: %1</source>
        <translation>Déplacer ici : %1</translation>
    </message>
    <message>
        <source>Not in the calendar</source>
        <translation>Hors de l&apos;agenda</translation>
    </message>
</context>
<context>
    <name>meso::ui::CatalogPage</name>
    <message>
        <source>Ingredient</source>
        <translation>Principe actif</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Allergens</source>
        <translation>Allergènes</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Niveau de preuve</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S&apos;applique à</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Volume (mL)</source>
        <translation>Volume (mL)</translation>
    </message>
    <message>
        <source>Essential</source>
        <translation>Essentiel</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Principes actifs</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protocoles</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Catalog %1 · %2 ingredients · %3 protocols · %4 rules · version %5</source>
        <translation>Catalogue %1 · %2 principes actifs · %3 protocoles · %4 règles · version %5</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>all protocols</source>
        <translation>tous les protocoles</translation>
    </message>
    <message>
        <source>Technique: %1, depth %2-%3 mm, needle %4</source>
        <translation>Technique : %1, profondeur %2-%3 mm, aiguille %4</translation>
    </message>
    <message>
        <source>Sessions: %1 (from %2 to %3)</source>
        <translation>Séances : %1 (de %2 à %3)</translation>
    </message>
    <message>
        <source>Interval: every %1 days (at least %2, booking tolerance ±%3 days)</source>
        <translation>Intervalle : tous les %1 jours (au moins %2, tolérance de réservation ±%3 jours)</translation>
    </message>
    <message>
        <source>From session %1: every %2 days (at least %3, booking tolerance ±%4 days)</source>
        <translation>À partir de la séance %1 : tous les %2 jours (au moins %3, tolérance de réservation ±%4 jours)</translation>
    </message>
    <message>
        <source>Maintenance: every %1 days</source>
        <translation>Entretien : tous les %1 jours</translation>
    </message>
    <message>
        <source>Maintenance: none</source>
        <translation>Entretien : aucun</translation>
    </message>
    <message>
        <source>Session: %1 minutes</source>
        <translation>Séance : %1 minutes</translation>
    </message>
    <message>
        <source>Price: %1 per session</source>
        <translation>Prix : %1 par séance</translation>
    </message>
    <message>
        <source>not allowed in %1</source>
        <translation>non autorisé en %1</translation>
    </message>
    <message>
        <source>allowed only in %1</source>
        <translation>autorisé uniquement en %1</translation>
    </message>
    <message>
        <source>Jurisdiction: %1. %2</source>
        <translation>Réglementation : %1. %2</translation>
    </message>
    <message>
        <source>Source: %1 (evidence: %2)</source>
        <translation>Source : %1 (niveau de preuve : %2)</translation>
    </message>
    <message>
        <source>on the skin</source>
        <translation>sur la peau</translation>
    </message>
    <message>
        <source>essential</source>
        <translation>essentiel</translation>
    </message>
    <message>
        <source>absolute</source>
        <translation>absolue</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>relative</translation>
    </message>
    <message>
        <source>caution</source>
        <translation>précaution</translation>
    </message>
    <message>
        <source>regulatory</source>
        <translation>réglementaire</translation>
    </message>
    <message>
        <source>clinical study</source>
        <translation>étude clinique</translation>
    </message>
    <message>
        <source>review</source>
        <translation>revue de la littérature</translation>
    </message>
    <message>
        <source>expert opinion</source>
        <translation>avis d&apos;expert</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>common practice</source>
        <translation>pratique courante</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>patient</translation>
    </message>
    <message>
        <source>area</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>ingredient</source>
        <translation>principe actif</translation>
    </message>
    <message>
        <source>[%1; %2]</source>
        <comment>a number&apos;s sources and their evidence level</comment>
        <translation>[%1 ; %2]</translation>
    </message>
</context>
<context>
    <name>meso::ui::ClinicSetupDialog</name>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>In use (bookable)</source>
        <translation>En service (réservable)</translation>
    </message>
    <message>
        <source>Clinic setup</source>
        <translation>Configuration du cabinet</translation>
    </message>
    <message>
        <source>Opening hours, as 09:00-13:00, 14:00-18:00 (empty: closed)</source>
        <translation>Horaires d&apos;ouverture, au format 09:00-13:00, 14:00-18:00 (vide : fermé)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Set-up time added to each session:</source>
        <translation>Temps de préparation ajouté à chaque séance :</translation>
    </message>
    <message>
        <source>Save opening hours</source>
        <translation>Enregistrer les horaires</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horaires d&apos;ouverture</translation>
    </message>
    <message>
        <source>Reason, e.g. public holiday</source>
        <translation>Motif, p. ex. jour férié</translation>
    </message>
    <message>
        <source>Close that day</source>
        <translation>Fermer ce jour-là</translation>
    </message>
    <message>
        <source>Reopen selected</source>
        <translation>Rouvrir la sélection</translation>
    </message>
    <message>
        <source>Closures</source>
        <translation>Fermetures</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Equipment:</source>
        <translation>Équipement :</translation>
    </message>
    <message>
        <source>Save room</source>
        <translation>Enregistrer la salle</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Nouvelle salle</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <source>Add practitioner…</source>
        <translation>Ajouter un praticien…</translation>
    </message>
    <message>
        <source>Practitioner:</source>
        <translation>Praticien :</translation>
    </message>
    <message>
        <source>Save practitioner</source>
        <translation>Enregistrer le praticien</translation>
    </message>
    <message>
        <source>Protocols performed (none ticked: all)</source>
        <translation>Protocoles pratiqués (aucun coché : tous)</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Praticiens</translation>
    </message>
    <message>
        <source>Reopened.</source>
        <translation>Réouverture enregistrée.</translation>
    </message>
    <message>
        <source>Add practitioner</source>
        <translation>Ajouter un praticien</translation>
    </message>
    <message>
        <source>Name, as shown in the calendar:</source>
        <translation>Nom, tel qu&apos;affiché dans l&apos;agenda :</translation>
    </message>
    <message>
        <source>User name (lower case):</source>
        <translation>Nom d&apos;utilisateur (en minuscules) :</translation>
    </message>
    <message>
        <source>Added; now give their working hours.</source>
        <translation>Praticien ajouté ; indiquez maintenant ses horaires de travail.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not in use)</source>
        <translation>%1 (hors service)</translation>
    </message>
    <message>
        <source>Not saved: %1: %2</source>
        <translation>Non enregistré : %1 : %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Not saved: %1 on %2: expected HH:MM-HH:MM windows separated by commas, the start before the end</source>
        <translation>Non enregistré : %1 du %2 : plages HH:MM-HH:MM attendues, séparées par des virgules, le début avant la fin</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>horaires d&apos;ouverture</translation>
    </message>
    <message>
        <source>Opening hours saved.</source>
        <translation>Horaires d&apos;ouverture enregistrés.</translation>
    </message>
    <message>
        <source>Not saved: closure.reason: expected the reason the clinic is closed</source>
        <translation>Non enregistré : closure.reason : indiquez le motif de fermeture du cabinet</translation>
    </message>
    <message>
        <source>Closure saved.</source>
        <translation>Fermeture enregistrée.</translation>
    </message>
    <message>
        <source>Room saved.</source>
        <translation>Salle enregistrée.</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>horaires de travail</translation>
    </message>
    <message>
        <source>Practitioner saved.</source>
        <translation>Praticien enregistré.</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a day&apos;s label in the opening hours</comment>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Some changes are not saved yet. Save them?</source>
        <translation>Certaines modifications ne sont pas encore enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>meso::ui::ConnectionDialog</name>
    <message>
        <source>&amp;This computer: a database file</source>
        <translation>&amp;Cet ordinateur : un fichier de base de données</translation>
    </message>
    <message>
        <source>A clinic &amp;server (PostgreSQL), shared by several workstations</source>
        <translation>Un &amp;serveur du cabinet (PostgreSQL), partagé par plusieurs postes</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>T&amp;ester la connexion</translation>
    </message>
    <message>
        <source>Database connection</source>
        <translation>Connexion à la base de données</translation>
    </message>
    <message>
        <source>clinic-server.local</source>
        <translation>clinic-server.local</translation>
    </message>
    <message>
        <source>only to test; never saved</source>
        <translation>uniquement pour le test ; jamais enregistré</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate and name (verify-full)</source>
        <translation>Vérifier le certificat et le nom du serveur (verify-full)</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate (verify-ca)</source>
        <translation>Vérifier le certificat du serveur (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypted (require)</source>
        <translation>Chiffré (require)</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it (prefer)</source>
        <translation>Chiffré si le serveur le propose (prefer)</translation>
    </message>
    <message>
        <source>Not encrypted (disable)</source>
        <translation>Non chiffré (disable)</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>Sécu&amp;rité :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>The password is never saved: MesoPlan asks for it when it starts, unless the libpq password file (~/.pgpass) holds it. The new database is used from the next start.</source>
        <translation>Le mot de passe n&apos;est jamais enregistré : MesoPlan le demande au démarrage, sauf s&apos;il figure dans le fichier de mots de passe libpq (~/.pgpass). La nouvelle base de données est utilisée à partir du prochain démarrage.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>MesoPlan databases (*.sqlite)</source>
        <translation>Bases de données MesoPlan (*.sqlite)</translation>
    </message>
    <message>
        <source>expected the path of a database file</source>
        <translation>chemin d&apos;un fichier de base de données attendu</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>valeur obligatoire</translation>
    </message>
    <message>
        <source>%1 holds tables of another program: MesoPlan will not use it.</source>
        <translation>%1 contient les tables d&apos;un autre programme : MesoPlan ne l&apos;utilisera pas.</translation>
    </message>
    <message>
        <source>This database comes from a newer MesoPlan (schema %1): update this workstation first.</source>
        <translation>Cette base de données provient d&apos;une version plus récente de MesoPlan (schéma %1) : mettez d&apos;abord ce poste à jour.</translation>
    </message>
    <message>
        <source>Connected (%1). The database is empty: MesoPlan creates its tables and imports the catalog at its next start.</source>
        <translation>Connexion établie (%1). La base de données est vide : MesoPlan créera ses tables et importera le catalogue au prochain démarrage.</translation>
    </message>
    <message>
        <source>Connected (%1): a MesoPlan database, schema %2.</source>
        <translation>Connexion établie (%1) : base de données MesoPlan, schéma %2.</translation>
    </message>
</context>
<context>
    <name>meso::ui::ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Enregistrer le consentement</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Obtained:</source>
        <translation>&amp;Mode de recueil :</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>meso::ui::ConsultationDialog</name>
    <message>
        <source>Consultation: %1 %2</source>
        <translation>Consultation : %1 %2</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Plan as PDF…</source>
        <translation>Plan en PDF…</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>Enregistrer le plan en PDF</translation>
    </message>
    <message>
        <source>plan-%1-%2.pdf</source>
        <translation>plan-%1-%2.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>Phototype %1</translation>
    </message>
    <message>
        <source>Body map</source>
        <translation>Schéma corporel</translation>
    </message>
    <message>
        <source>Click an area to choose it in the form; double-click to add the request there; right-click to mark a site condition.</source>
        <translation>Cliquez sur une zone pour la sélectionner dans le formulaire ; double-cliquez pour y ajouter la demande ; clic droit pour signaler une affection locale.</translation>
    </message>
    <message>
        <source>Add request: %1 at %2</source>
        <translation>Ajouter la demande : %1 (%2)</translation>
    </message>
    <message>
        <source>Mark a site condition at %1</source>
        <translation>Signaler une affection locale (%1)</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation>Retirer : %1</translation>
    </message>
    <message>
        <source>The intake cannot be read with this catalog: %1</source>
        <translation>Les données de consultation sont illisibles avec ce catalogue : %1</translation>
    </message>
    <message>
        <source>Add a treatment request to see the screening.</source>
        <translation>Ajoutez une demande de traitement pour voir le contrôle des contre-indications.</translation>
    </message>
    <message>
        <source>Cannot screen yet: %1</source>
        <translation>Contrôle des contre-indications impossible pour l&apos;instant : %1</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>Bilan global : %1</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>zone %1</translation>
    </message>
    <message>
        <source>ingredient %1</source>
        <translation>principe actif %1</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>patient</translation>
    </message>
    <message>
        <source>Absolute: blocks the request</source>
        <translation>Absolue : bloque la demande</translation>
    </message>
    <message>
        <source>Relative: proceed only with a documented reason</source>
        <translation>Relative : poursuivre uniquement avec un motif documenté</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Précaution</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Treatment plan: %1 %2</source>
        <translation>Plan de traitement : %1 %2</translation>
    </message>
    <message>
        <source>No plan to print yet: %1</source>
        <translation>Aucun plan à imprimer pour l&apos;instant : %1</translation>
    </message>
    <message>
        <source>Not saved: %1: %2</source>
        <translation>Non enregistré : %1 : %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Not signed: %1: %2</source>
        <translation>Non signé : %1 : %2</translation>
    </message>
    <message>
        <source>Not signed: %1</source>
        <translation>Non signé : %1</translation>
    </message>
    <message>
        <source>The requested areas and the site conditions, as signed.</source>
        <translation>Les zones demandées et les affections locales, telles que signées.</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Rectifier</translation>
    </message>
    <message>
        <source>Signed %1: read-only</source>
        <translation>Signée le %1 : lecture seule</translation>
    </message>
    <message>
        <source>Draft amending consultation %1</source>
        <translation>Brouillon rectifiant la consultation %1</translation>
    </message>
    <message>
        <source>Draft (saved)</source>
        <translation>Brouillon (enregistré)</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Nouveau brouillon</translation>
    </message>
</context>
<context>
    <name>meso::ui::CreditNoteDialog</name>
    <message>
        <source>Credit note for invoice %1</source>
        <translation>Avoir sur la facture %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (already cancelled)</source>
        <translation>%1 (déjà annulée)</translation>
    </message>
    <message>
        <source>e.g. course stopped after the second session</source>
        <translation>p. ex. cure arrêtée après la deuxième séance</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Issue credit note</source>
        <translation>&amp;Émettre l&apos;avoir</translation>
    </message>
    <message>
        <source>Lines to cancel:</source>
        <translation>Lignes à annuler :</translation>
    </message>
</context>
<context>
    <name>meso::ui::FirstAdminDialog</name>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Nom complet :</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>Créer l&apos;&amp;administrateur</translation>
    </message>
    <message>
        <source>Welcome to MesoPlan</source>
        <translation>Bienvenue dans MesoPlan</translation>
    </message>
    <message>
        <source>This clinic database has no administrator yet. Create the administrator&apos;s account: the administrator adds the practitioners&apos; and the front desk&apos;s accounts (Users), and manages the settings and the audit trail.</source>
        <translation>Cette base de données du cabinet n&apos;a pas encore d&apos;administrateur. Créez le compte de l&apos;administrateur : c&apos;est lui qui ajoute les comptes des praticiens et de l&apos;accueil (Utilisateurs), et qui gère les paramètres et le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>e.g. admin or jdupont</source>
        <translation>p. ex. admin ou jdupont</translation>
    </message>
    <message>
        <source>as shown in the window and the audit trail</source>
        <translation>tel qu&apos;affiché dans la fenêtre et le journal d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>meso::ui::FormProblem</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>meso::ui::HelpWindow</name>
    <message>
        <source>MesoPlan user guide</source>
        <translation>Guide d&apos;utilisation de MesoPlan</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>words to find in the guide</source>
        <translation>mots à chercher dans le guide</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meso::ui::HistoryView</name>
    <message>
        <source>A&amp;mend session…</source>
        <translation>&amp;Rectifier la séance…</translation>
    </message>
    <message>
        <source>&amp;Adverse event…</source>
        <translation>&amp;Effet indésirable…</translation>
    </message>
    <message>
        <source>P&amp;rogress…</source>
        <translation>É&amp;volution…</translation>
    </message>
    <message>
        <source>P&amp;hotos…</source>
        <translation>P&amp;hotos…</translation>
    </message>
    <message>
        <source>Select a session or an adverse event first.</source>
        <translation>Sélectionnez d&apos;abord une séance ou un effet indésirable.</translation>
    </message>
    <message>
        <source>Select a session first.</source>
        <translation>Sélectionnez d&apos;abord une séance.</translation>
    </message>
    <message>
        <source>Select a plan or one of its sessions first.</source>
        <translation>Sélectionnez d&apos;abord un plan ou l&apos;une de ses séances.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>History: select a patient</source>
        <translation>Historique : sélectionnez un patient</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historique du patient : %1</translation>
    </message>
    <message>
        <source>(unreadable: %1)</source>
        <translation>(illisible : %1)</translation>
    </message>
    <message>
        <source>Consultation %1, amends %2</source>
        <translation>Consultation %1 (rectification de %2)</translation>
    </message>
    <message>
        <source>Consultation %1</source>
        <translation>Consultation %1</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signée</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n session(s) every %2 days</source>
        <translation>
            <numerusform>%1, %n séance tous les %2 jours</numerusform>
            <numerusform>%1, %n séances tous les %2 jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan: %1, version %2</source>
        <translation>Plan : %1, version %2</translation>
    </message>
    <message>
        <source>%1 %2 mL at %3 (lot %4)</source>
        <translation>%1 %2 mL, zone %3 (lot %4)</translation>
    </message>
    <message>
        <source>pain %1/10</source>
        <translation>douleur %1/10</translation>
    </message>
    <message numerus="yes">
        <source>%n deviation(s)</source>
        <translation>
            <numerusform>%n écart</numerusform>
            <numerusform>%n écarts</numerusform>
        </translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Session not performed</source>
        <translation>Séance non réalisée</translation>
    </message>
    <message>
        <source>amended record</source>
        <translation>rectifiée</translation>
    </message>
    <message>
        <source>notification pending</source>
        <translation>notification en attente</translation>
    </message>
    <message>
        <source>Adverse event: %1</source>
        <translation>Effet indésirable : %1</translation>
    </message>
    <message>
        <source>Session recor&amp;d (PDF)…</source>
        <translation>Fiche de séance (PD&amp;F)…</translation>
    </message>
    <message numerus="yes">
        <source>%n override(s)</source>
        <translation>
            <numerusform>%n dérogation</numerusform>
            <numerusform>%n dérogations</numerusform>
        </translation>
    </message>
    <message>
        <source>consent %1</source>
        <translation>consentement du %1</translation>
    </message>
</context>
<context>
    <name>meso::ui::IdleLock</name>
    <message>
        <source>MesoPlan (locked)</source>
        <translation>MesoPlan (verrouillé)</translation>
    </message>
    <message>
        <source>Locked — %1</source>
        <translation>Verrouillé — %1</translation>
    </message>
</context>
<context>
    <name>meso::ui::ImportPatientsDialog</name>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <source>Choose the CSV file your previous software exported.</source>
        <translation>Choisissez le fichier CSV exporté par votre ancien logiciel.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>Remplit</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Already</source>
        <translation>Déjà</translation>
    </message>
    <message>
        <source>Import the valid lines and leave out the lines with problems</source>
        <translation>Importer les lignes valides et écarter les lignes à problème</translation>
    </message>
    <message>
        <source>Import patients</source>
        <translation>Importer des patients</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>First lines</source>
        <translation>Premières lignes</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>This file cannot be imported as it is: %1</source>
        <translation>Ce fichier ne peut pas être importé tel quel : %1</translation>
    </message>
    <message>
        <source>in the clinic (patient %1)</source>
        <translation>au cabinet (patient %1)</translation>
    </message>
    <message>
        <source>same as line %1</source>
        <translation>comme la ligne %1</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>Doublons (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read (%1, separated by &quot;%2&quot;): </source>
        <translation>
            <numerusform>%n ligne lue (%1, séparateur « %2 ») : </numerusform>
            <numerusform>%n lignes lues (%1, séparateur « %2 ») : </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) to import</source>
        <translation>
            <numerusform>%n patient à importer</numerusform>
            <numerusform>%n patients à importer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with problems</source>
        <translation>
            <numerusform>%n ligne à problème</numerusform>
            <numerusform>%n lignes à problème</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s), left out</source>
        <translation>
            <numerusform>%n doublon, écarté</numerusform>
            <numerusform>%n doublons, écartés</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the file, or leave those lines out below.</source>
        <translation>Corrigez le fichier, ou écartez ces lignes ci-dessous.</translation>
    </message>
    <message>
        <source>Importing patients…</source>
        <translation>Import des patients…</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
</context>
<context>
    <name>meso::ui::IntakeModel</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (stopped %2)</source>
        <translation>%1 (arrêté le %2)</translation>
    </message>
    <message>
        <source>%1 at %2 on %3</source>
        <translation>%1 – %2, le %3</translation>
    </message>
</context>
<context>
    <name>meso::ui::LockOverlay</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Nothing of the clinic&apos;s data shows until your password is given again.
Unsaved work stays as it was.</source>
        <translation>Aucune donnée du cabinet ne s&apos;affiche tant que vous n&apos;avez pas ressaisi votre mot de passe.
Le travail non enregistré est conservé tel quel.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
</context>
<context>
    <name>meso::ui::MailSettingsBox</name>
    <message>
        <source>Mail server (appointment reminders)</source>
        <translation>Serveur de messagerie (rappels de rendez-vous)</translation>
    </message>
    <message>
        <source>smtp.example.org (empty: no e-mails)</source>
        <translation>smtp.example.org (vide : pas d&apos;e-mails)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (en général port 587)</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS (en général port 465)</translation>
    </message>
    <message>
        <source>None (a server on this computer only)</source>
        <translation>Aucun (serveur sur cet ordinateur uniquement)</translation>
    </message>
    <message>
        <source>empty: the server asks for no sign-in</source>
        <translation>vide : le serveur ne demande pas d&apos;identification</translation>
    </message>
    <message>
        <source>contact@clinic.example</source>
        <translation>contact@cabinet.example</translation>
    </message>
    <message>
        <source>empty: the system&apos;s certificates</source>
        <translation>vide : les certificats du système</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement :</translation>
    </message>
    <message>
        <source>Sign-in &amp;name:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>&amp;Adresse d&apos;expédition :</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>Certificat d&apos;a&amp;utorité :</translation>
    </message>
    <message>
        <source>The password is asked when reminders are first sent from a workstation, and can be kept in its system keyring.</source>
        <translation>Le mot de passe est demandé au premier envoi de rappels depuis un poste, et peut être conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Save &amp;mail server</source>
        <translation>Enregistrer le serveur de &amp;messagerie</translation>
    </message>
    <message>
        <source>The mail server&apos;s CA certificate</source>
        <translation>Certificat d&apos;autorité du serveur de messagerie</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>meso::ui::MainWindow</name>
    <message>
        <source>MesoPlan — %1 (%2)</source>
        <translation>MesoPlan — %1 (%2)</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Session ouverte : %1 (%2)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Other workstations&apos; changes show only when a page is opened again: %1</source>
        <translation>Les modifications des autres postes n&apos;apparaissent qu&apos;à la réouverture d&apos;une page : %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Changer mon &amp;mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Your new password is set.</source>
        <translation>Votre nouveau mot de passe est enregistré.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Signing out closes every MesoPlan window; what is not saved in them is lost. Sign out?</source>
        <translation>La déconnexion ferme toutes les fenêtres de MesoPlan ; ce qui n&apos;y est pas enregistré sera perdu. Se déconnecter ?</translation>
    </message>
    <message>
        <source>Daily backup saved: %1</source>
        <translation>Sauvegarde quotidienne enregistrée : %1</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>La sauvegarde quotidienne a échoué : %1</translation>
    </message>
    <message>
        <source>%1 — demonstration clinic</source>
        <translation>%1 — cabinet de démonstration</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Open the &amp;demonstration clinic</source>
        <translation>Ouvrir le cabinet de &amp;démonstration</translation>
    </message>
    <message>
        <source>Demonstration clinic</source>
        <translation>Cabinet de démonstration</translation>
    </message>
    <message>
        <source>The demonstration clinic could not be started.</source>
        <translation>Le cabinet de démonstration n’a pas pu être lancé.</translation>
    </message>
    <message>
        <source>&amp;About MesoPlan</source>
        <translation>À &amp;propos de MesoPlan</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Recalls</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>with the underlined letter of a button, field or menu: that one</source>
        <translation>avec la lettre soulignée d&apos;un bouton, d&apos;un champ ou d&apos;un menu : celui-ci</translation>
    </message>
    <message>
        <source>Open the setup &amp;assistant…</source>
        <translation>Ouvrir l&apos;&amp;assistant de configuration…</translation>
    </message>
    <message>
        <source>Setting the clinic up, left to do: %1.</source>
        <translation>Configuration du cabinet, reste à faire : %1.</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>&amp;Page</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <source>in a consultation or a patient&apos;s form, save (a draft)</source>
        <translation>dans une consultation ou une fiche patient, enregistrer (le brouillon)</translation>
    </message>
    <message>
        <source>Daily backup of the database…</source>
        <translation>Sauvegarde quotidienne de la base de données…</translation>
    </message>
    <message>
        <source>in a consultation&apos;s Plans tab, the plan&apos;s printouts</source>
        <translation>dans l&apos;onglet Plans de traitement d&apos;une consultation, les impressions du plan</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
</context>
<context>
    <name>meso::ui::MarkRecallDialog</name>
    <message>
        <source>Recall of %1: %2</source>
        <translation>Rappel de %1 : %2</translation>
    </message>
    <message>
        <source>e.g. message left, will call back</source>
        <translation>ex. : message laissé, rappellera</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Le :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
</context>
<context>
    <name>meso::ui::NewInvoiceDialog</name>
    <message>
        <source>New invoice</source>
        <translation>Nouvelle facture</translation>
    </message>
    <message>
        <source>%1, %2: session %3 of %4 — %5</source>
        <translation>%1, %2 : séance %3 sur %4 — %5</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n session(s)</source>
        <translation>
            <numerusform>%1, %n séance</numerusform>
            <numerusform>%1, %n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (already invoiced: %2)</source>
        <translation>%1 (déjà facturée : %2)</translation>
    </message>
    <message>
        <source>%1 (sessions already invoiced one by one)</source>
        <translation>%1 (séances déjà facturées à l&apos;unité)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No completed session is left to invoice.</source>
        <translation>Aucune séance réalisée ne reste à facturer.</translation>
    </message>
    <message>
        <source>Completed sessions not invoiced yet:</source>
        <translation>Séances réalisées pas encore facturées :</translation>
    </message>
    <message>
        <source>A whole course, invoiced at booking and paid in advance (its package price, else its quote):</source>
        <translation>Une cure entière, facturée à la réservation et payée d&apos;avance (son prix forfaitaire, sinon son devis) :</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Séances</translation>
    </message>
    <message>
        <source>Course &amp;paid in advance</source>
        <translation>Cure &amp;payée d&apos;avance</translation>
    </message>
    <message>
        <source>&amp;Issue invoice</source>
        <translation>&amp;Émettre la facture</translation>
    </message>
    <message>
        <source>no price in %1 yet</source>
        <translation>pas encore de prix en %1</translation>
    </message>
</context>
<context>
    <name>meso::ui::OverrideDialog</name>
    <message>
        <source>Override a relative finding</source>
        <translation>Déroger à une contre-indication relative</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choisissez un motif…</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Optional; required for &quot;Other&quot;</source>
        <translation>Facultatif ; obligatoire pour « Autre »</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire :</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Déroger</translation>
    </message>
    <message>
        <source>Not overridden: %1</source>
        <translation>Dérogation non enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>meso::ui::PasswordDialog</name>
    <message>
        <source>Set password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Nouveau mot de passe pour %1</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
</context>
<context>
    <name>meso::ui::PasswordFields</name>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>&amp;Confirmer le mot de passe :</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>au moins %1 caractères</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>les deux mots de passe sont différents</translation>
    </message>
</context>
<context>
    <name>meso::ui::PatientDialog</name>
    <message>
        <source>Edit patient</source>
        <translation>Modifier le patient</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not entered</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Agreed on %1</source>
        <translation>Accord donné le %1</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Non choisie</translation>
    </message>
</context>
<context>
    <name>meso::ui::PatientTableModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>meso::ui::PatientsPage</name>
    <message>
        <source>Show archived</source>
        <translation>Afficher les archivés</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nouveau patient…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>&amp;Consultation</source>
        <translation>&amp;Consultation</translation>
    </message>
    <message>
        <source>E&amp;xport patient data…</source>
        <translation>E&amp;xporter les données du patient…</translation>
    </message>
    <message>
        <source>Anonymi&amp;se…</source>
        <translation>Anonymi&amp;ser…</translation>
    </message>
    <message>
        <source>Search by name, birth date or phone</source>
        <translation>Rechercher par nom, date de naissance ou téléphone</translation>
    </message>
    <message>
        <source>Progress of the course</source>
        <translation>Évolution de la cure</translation>
    </message>
    <message>
        <source>Export patient data</source>
        <translation>Exporter les données du patient</translation>
    </message>
    <message>
        <source>patient-%1.json</source>
        <translation>patient-%1.json</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 found of %2</source>
        <translation>Trouvés : %1 sur %2</translation>
    </message>
    <message>
        <source>%1 or more found of %2</source>
        <translation>Trouvés : %1 ou plus sur %2</translation>
    </message>
    <message>
        <source>New consultation…</source>
        <translation>Nouvelle consultation…</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signée</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>%1 (%2, amends %3)</source>
        <translation>%1 (%2, rectifie n° %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Archive patient</source>
        <translation>Archiver le patient</translation>
    </message>
    <message>
        <source>Archive %1 %2? The record and its history are kept; archived patients are listed only with &quot;Show archived&quot;.</source>
        <translation>Archiver %1 %2 ? Le dossier et son historique sont conservés ; les patients archivés n&apos;apparaissent qu&apos;avec « Afficher les archivés ».</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Non exporté : %1</translation>
    </message>
    <message>
        <source>Everything held about %1 %2 saved to %3.</source>
        <translation>Toutes les données détenues sur %1 %2 ont été enregistrées dans %3.</translation>
    </message>
    <message>
        <source>Not anonymised: %1</source>
        <translation>Non anonymisé : %1</translation>
    </message>
    <message>
        <source>Patient %1 anonymised.</source>
        <translation>Patient %1 anonymisé.</translation>
    </message>
    <message>
        <source>The clinic&apos;s retention period for this record ends on %1.</source>
        <translation>La durée de conservation de ce dossier fixée par le cabinet prend fin le %1.</translation>
    </message>
    <message>
        <source>Anonymise patient</source>
        <translation>Anonymiser le patient</translation>
    </message>
    <message>
        <source>Anonymise %1 %2? Names, contact details, notes and the exact birth date are replaced everywhere they are held; this cannot be undone. %3

Reason (e.g. the patient&apos;s request of a given date):</source>
        <translation>Anonymiser %1 %2 ? Les noms, coordonnées, notes et la date de naissance exacte sont remplacés partout où ils sont conservés ; cette opération est irréversible. %3

Motif (par exemple la demande du patient à une date donnée) :</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymiser</translation>
    </message>
    <message>
        <source>Save the session record</source>
        <translation>Enregistrer la fiche de séance</translation>
    </message>
    <message>
        <source>session-%1.pdf</source>
        <translation>seance-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Fichier enregistré : %1.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) imported.</source>
        <translation>
            <numerusform>%n patient importé.</numerusform>
            <numerusform>%n patients importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No patients yet. Add the first one, or bring your patients over from your previous software (a CSV file).</source>
        <translation>Aucun patient pour l&apos;instant. Ajoutez le premier, ou reprenez vos patients de votre ancien logiciel (un fichier CSV).</translation>
    </message>
    <message>
        <source>No patients yet.</source>
        <translation>Aucun patient pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Add a patient…</source>
        <translation>Ajouter un patient…</translation>
    </message>
    <message>
        <source>Import patients…</source>
        <translation>Importer des patients…</translation>
    </message>
    <message>
        <source>No patients yet. Bring your patients over from your previous software (a CSV file); practitioners and the front desk add new ones.</source>
        <translation>Aucun patient pour l&apos;instant. Reprenez vos patients de votre ancien logiciel (un fichier CSV) ; les praticiens et l&apos;accueil ajoutent les nouveaux.</translation>
    </message>
    <message>
        <source>No patients yet. Add the first one.</source>
        <translation>Aucun patient pour l&apos;instant. Ajoutez le premier.</translation>
    </message>
    <message>
        <source>Exporting the patient&apos;s data…</source>
        <translation>Export des données du patient…</translation>
    </message>
</context>
<context>
    <name>meso::ui::PaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation>Enregistrer un paiement</translation>
    </message>
    <message>
        <source>Nothing in particular</source>
        <translation>Rien en particulier</translation>
    </message>
    <message>
        <source>Refund of credit note %1</source>
        <translation>Remboursement de l&apos;avoir %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <source>Deposit on %1 (consultation %2)</source>
        <translation>Acompte sur %1 (consultation %2)</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>M&amp;ode :</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pour :</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>payment.amount: expected an amount such as %1</source>
        <translation>payment.amount : un montant est attendu, par exemple %1</translation>
    </message>
</context>
<context>
    <name>meso::ui::PhotoCompareWidget</name>
    <message>
        <source>Photo comparison</source>
        <translation>Comparaison de photos</translation>
    </message>
    <message>
        <source>Choose two photos of the same area</source>
        <translation>Choisissez deux photos de la même zone</translation>
    </message>
</context>
<context>
    <name>meso::ui::PhotoDialog</name>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Record &amp;consent</source>
        <translation>Enregistrer le &amp;consentement</translation>
    </message>
    <message>
        <source>Photo consent:</source>
        <translation>Consentement photo :</translation>
    </message>
    <message>
        <source>Import a photo</source>
        <translation>Importer une photo</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>&amp;Importer un fichier…</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Séance :</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Zone :</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Slider</source>
        <translation>Curseur</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>Zoom :</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.heic)</source>
        <translation>Images (*.jpg *.jpeg *.png *.heic)</translation>
    </message>
    <message>
        <source>The patient&apos;s photo consent is not recorded yet.</source>
        <translation>Le consentement photo du patient n&apos;est pas encore enregistré.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Photo consent recorded: %1.</source>
        <translation>Consentement photo enregistré : %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé : %1</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importé.</translation>
    </message>
</context>
<context>
    <name>meso::ui::PlanPanel</name>
    <message>
        <source>Override…</source>
        <translation>Déroger…</translation>
    </message>
    <message>
        <source>Remove override</source>
        <translation>Retirer la dérogation</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Enregistrer le consentement…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Demande :</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan :</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protocole :</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>sessions, every</source>
        <translation>séances, tous les</translation>
    </message>
    <message>
        <source>&amp;Sessions:</source>
        <translation>&amp;Séances :</translation>
    </message>
    <message>
        <source>Required outside the protocol&apos;s bounds</source>
        <translation>Obligatoire hors des bornes du protocole</translation>
    </message>
    <message>
        <source>Reason to &amp;deviate:</source>
        <translation>&amp;Motif de l&apos;écart :</translation>
    </message>
    <message>
        <source>Relative findings: proceed only with a reason</source>
        <translation>Contre-indications relatives : motif requis</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The consultation has no request.</source>
        <translation>La consultation ne comporte aucune demande.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>version %1, %2</source>
        <translation>version %1, %2</translation>
    </message>
    <message>
        <source>proposed by the rules, not saved yet</source>
        <translation>proposé par les règles, pas encore enregistré</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> le %1</translation>
    </message>
    <message>
        <source>; consent: %1, %2</source>
        <translation> ; consentement : %1, %2</translation>
    </message>
    <message>
        <source>; consent not recorded yet</source>
        <translation> ; consentement pas encore enregistré</translation>
    </message>
    <message>
        <source> · screening: %1</source>
        <translation> · contrôle des contre-indications : %1</translation>
    </message>
    <message>
        <source>%1 (alternative)</source>
        <translation>%1 (alternative)</translation>
    </message>
    <message>
        <source>The protocol: %1 to %2 sessions, every %3 to %4 days</source>
        <translation>Protocole : %1 à %2 séances, tous les %3 à %4 jours</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>To approve: %1</source>
        <translation>Avant de valider : %1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1 : %2 %3</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Aperçu avant impression : %1</translation>
    </message>
    <message>
        <source>
    Overridden: %1 (%2)</source>
        <translation>
    Dérogation : %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an override&apos;s reason and comment</comment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>meso::ui::ProductDialog</name>
    <message>
        <source>Add product</source>
        <translation>Ajouter un produit</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Manufacturer:</source>
        <translation>&amp;Fabricant :</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>F&amp;orme :</translation>
    </message>
    <message>
        <source> mL</source>
        <translation> mL</translation>
    </message>
    <message>
        <source>&amp;Volume of one unit:</source>
        <translation>&amp;Volume d&apos;une unité :</translation>
    </message>
    <message>
        <source>&amp;Low stock at (units):</source>
        <translation>Seuil de &amp;stock bas (unités) :</translation>
    </message>
    <message>
        <source>What it holds (catalog ingredients):</source>
        <translation>Composition (principes actifs du catalogue) :</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Principe actif</translation>
    </message>
    <message>
        <source>Concentration</source>
        <translation>Concentration</translation>
    </message>
    <message>
        <source>&amp;Add ingredient</source>
        <translation>&amp;Ajouter un principe actif</translation>
    </message>
    <message>
        <source>&amp;Remove ingredient</source>
        <translation>&amp;Retirer le principe actif</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>meso::ui::ProgressView</name>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>%1 %2 mL</source>
        <translation>%1 %2 mL</translation>
    </message>
    <message>
        <source>%1 of %2 sessions done</source>
        <translation>%1 séances réalisées sur %2</translation>
    </message>
    <message numerus="yes">
        <source>, %n not performed</source>
        <translation>
            <numerusform>, %n non réalisée</numerusform>
            <numerusform>, %n non réalisées</numerusform>
        </translation>
    </message>
    <message>
        <source>Injected so far: %1.</source>
        <translation>Injecté à ce jour : %1.</translation>
    </message>
    <message>
        <source>Pain and outcome by session</source>
        <translation>Douleur et résultat par séance</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Douleur (0–10)</translation>
    </message>
    <message>
        <source>Outcome, patient (GAIS 1–5)</source>
        <translation>Résultat selon le patient (GAIS 1–5)</translation>
    </message>
    <message>
        <source>Outcome, practitioner (GAIS 1–5)</source>
        <translation>Résultat selon le praticien (GAIS 1–5)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
</context>
<context>
    <name>meso::ui::RecallsPage</name>
    <message>
        <source>&amp;Contacted…</source>
        <translation>&amp;Contacté…</translation>
    </message>
    <message>
        <source>&amp;Booked…</source>
        <translation>&amp;Réservé…</translation>
    </message>
    <message>
        <source>&amp;Declined…</source>
        <translation>Re&amp;fusé…</translation>
    </message>
    <message>
        <source>Show &amp;declined</source>
        <translation>Afficher les re&amp;fus</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Dernière séance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>Due &amp;from:</source>
        <translation>Échéance &amp;du :</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;au :</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message numerus="yes">
        <source>%n recall(s), %1 overdue.</source>
        <translation>
            <numerusform>%n rappel, dont %1 en retard.</numerusform>
            <numerusform>%n rappels, dont %1 en retard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a recall first.</source>
        <translation>Sélectionnez d&apos;abord un rappel.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cure</translation>
    </message>
    <message>
        <source>Abandoned, %1 of %2</source>
        <translation>Abandon, %1 sur %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a recall&apos;s mark and its note</comment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>meso::ui::ReceiveLotDialog</name>
    <message>
        <source>Receive lot</source>
        <translation>Réceptionner un lot</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produit :</translation>
    </message>
    <message>
        <source>&amp;Lot number:</source>
        <translation>Numéro de &amp;lot :</translation>
    </message>
    <message>
        <source>&amp;Expiry:</source>
        <translation>&amp;Date de péremption :</translation>
    </message>
    <message>
        <source>&amp;Units received:</source>
        <translation>&amp;Unités reçues :</translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation>&amp;Fournisseur :</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Reçu le :</translation>
    </message>
    <message>
        <source>Add the product first (Stock → Add product…).</source>
        <translation>Ajoutez d&apos;abord le produit (Stock → Ajouter un produit…).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>meso::ui::RemindersDialog</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Save &amp;CSV for SMS…</source>
        <translation>Enregistrer le &amp;CSV pour SMS…</translation>
    </message>
    <message>
        <source>Send &amp;e-mails…</source>
        <translation>Envoyer les &amp;e-mails…</translation>
    </message>
    <message>
        <source>Appointment reminders</source>
        <translation>Rappels de rendez-vous</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>&amp;Message, in the patient&apos;s language:</source>
        <translation>&amp;Message, dans la langue du patient :</translation>
    </message>
    <message>
        <source>Save the reminders</source>
        <translation>Enregistrer les rappels</translation>
    </message>
    <message>
        <source>reminders-%1.csv</source>
        <translation>rappels-%1.csv</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) to send</source>
        <translation>
            <numerusform>%n rappel à envoyer</numerusform>
            <numerusform>%n rappels à envoyer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n appointment(s) left out: no consent to reminders)</source>
        <translation>
            <numerusform>(%n rendez-vous écarté : pas de consentement aux rappels)</numerusform>
            <numerusform>(%n rendez-vous écartés : pas de consentement aux rappels)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: cannot write %1 (%2)</source>
        <translation>Non enregistré : impossible d&apos;écrire %1 (%2)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Mot de passe du serveur de messagerie</translation>
    </message>
    <message>
        <source>Password of %1 at %2:</source>
        <translation>Mot de passe de %1 sur %2 :</translation>
    </message>
    <message>
        <source>&amp;Remember it on this workstation (in the system keyring)</source>
        <translation>&amp;Le retenir sur ce poste (dans le trousseau du système)</translation>
    </message>
    <message>
        <source>The password could not be kept in the keyring: %1</source>
        <translation>Le mot de passe n&apos;a pas pu être conservé dans le trousseau : %1</translation>
    </message>
    <message>
        <source>No e-mail sent: %1</source>
        <translation>Aucun e-mail envoyé : %1</translation>
    </message>
    <message>
        <source>No e-mail to send: no patient of the day has an e-mail address and consent to reminders.</source>
        <translation>Aucun e-mail à envoyer : aucun patient du jour n&apos;a d&apos;adresse e-mail et de consentement aux rappels.</translation>
    </message>
    <message>
        <source>Sending the reminders…</source>
        <translation>Envoi des rappels…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 %2 &lt;%3&gt;: %4</source>
        <translation>%1 %2 &lt;%3&gt; : %4</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) sent.</source>
        <translation>
            <numerusform>%n e-mail envoyé.</numerusform>
            <numerusform>%n e-mails envoyés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) without an e-mail address: use the CSV for SMS.</source>
        <translation>
            <numerusform>%n patient sans adresse e-mail : utilisez le CSV pour SMS.</numerusform>
            <numerusform>%n patients sans adresse e-mail : utilisez le CSV pour SMS.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>No e-mail to send: the day&apos;s reminders were e-mailed already.</source>
        <translation>Aucun e-mail à envoyer : les rappels du jour ont déjà été envoyés.</translation>
    </message>
    <message numerus="yes">
        <source>%n sent before, not again.</source>
        <translation>
            <numerusform>%n déjà envoyé, pas renvoyé.</numerusform>
            <numerusform>%n déjà envoyés, pas renvoyés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted.</source>
        <translation>
            <numerusform>%n non tenté.</numerusform>
            <numerusform>%n non tentés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meso::ui::ReportsPage</name>
    <message>
        <source>Save chart as &amp;PNG…</source>
        <translation>Enregistrer le graphique en &amp;PNG…</translation>
    </message>
    <message>
        <source>Save data as &amp;CSV…</source>
        <translation>Enregistrer les données en &amp;CSV…</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>4 dernières semaines</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Dates choisies</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Réalisés</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulés</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>Cancellations and no-shows</source>
        <translation>Annulations et absences</translation>
    </message>
    <message>
        <source>Cancellation rate</source>
        <translation>Taux d&apos;annulation</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Taux d&apos;absence</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cures</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencées</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonnées</translation>
    </message>
    <message>
        <source>Protocol mix</source>
        <translation>Répartition des protocoles</translation>
    </message>
    <message>
        <source>Courses started</source>
        <translation>Cures commencées</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quotes approved</source>
        <translation>Devis validés</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Effets indésirables</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Per 100 sessions</source>
        <translation>Pour 100 séances</translation>
    </message>
    <message>
        <source>Appointments per week by practitioner</source>
        <translation>Rendez-vous par semaine et par praticien</translation>
    </message>
    <message>
        <source>Cancellation and no-show rates per week</source>
        <translation>Taux d&apos;annulation et d&apos;absence par semaine</translation>
    </message>
    <message>
        <source>Cancelled (%)</source>
        <translation>Annulés (%)</translation>
    </message>
    <message>
        <source>No-shows (%)</source>
        <translation>Absences (%)</translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n rendez-vous du %1 au %2.</numerusform>
            <numerusform>%n rendez-vous du %1 au %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Courses by protocol</source>
        <translation>Cures par protocole</translation>
    </message>
    <message>
        <source>Courses started by protocol</source>
        <translation>Cures commencées par protocole</translation>
    </message>
    <message>
        <source>Adverse events per 100 sessions by protocol</source>
        <translation>Effets indésirables pour 100 séances par protocole</translation>
    </message>
    <message>
        <source>Approved quotes per month (%1)</source>
        <translation>Devis validés par mois (%1)</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Impossible d&apos;enregistrer %1.</translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation>Graphique enregistré : %1.</translation>
    </message>
    <message>
        <source>Data saved to %1.</source>
        <translation>Données enregistrées : %1.</translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation>Impossible d&apos;enregistrer %1 : %2.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>report-%1.png</source>
        <translation>rapport-%1.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Enregistrer les données</translation>
    </message>
    <message>
        <source>report-%1.csv</source>
        <translation>rapport-%1.csv</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Practitioner or room</source>
        <translation>Praticien ou salle</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Occupancy per week (%)</source>
        <translation>Taux d&apos;occupation par semaine (%)</translation>
    </message>
    <message>
        <source>%1 (room)</source>
        <translation>%1 (salle)</translation>
    </message>
</context>
<context>
    <name>meso::ui::SessionDialog</name>
    <message>
        <source>not rated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>1 – very much improved</source>
        <translation>1 – très nette amélioration</translation>
    </message>
    <message>
        <source>2 – much improved</source>
        <translation>2 – nette amélioration</translation>
    </message>
    <message>
        <source>3 – improved</source>
        <translation>3 – amélioration</translation>
    </message>
    <message>
        <source>4 – no change</source>
        <translation>4 – aucun changement</translation>
    </message>
    <message>
        <source>5 – worse</source>
        <translation>5 – aggravation</translation>
    </message>
    <message>
        <source>&amp;Sign the amendment</source>
        <translation>&amp;Signer la rectification</translation>
    </message>
    <message>
        <source>&amp;Sign and save</source>
        <translation>&amp;Signer et enregistrer</translation>
    </message>
    <message>
        <source>Amend session</source>
        <translation>Rectifier la séance</translation>
    </message>
    <message>
        <source>Record session</source>
        <translation>Saisir la séance</translation>
    </message>
    <message>
        <source>Session %1 of %2 · %3 · %4</source>
        <translation>Séance %1 sur %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Adverse event still open: %1 (%2), since %3. Check it before injecting.</source>
        <translation>Effet indésirable non clos : %1 (%2), depuis le %3. Vérifiez-le avant d&apos;injecter.</translation>
    </message>
    <message>
        <source>How it was done</source>
        <translation>Réalisation</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>&amp;Technique:</source>
        <translation>&amp;Technique :</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Depth:</source>
        <translation>Profondeur :</translation>
    </message>
    <message>
        <source>&amp;Needle:</source>
        <translation>&amp;Aiguille :</translation>
    </message>
    <message>
        <source>Pain from 0 to 10</source>
        <translation>Douleur de 0 à 10</translation>
    </message>
    <message>
        <source>&amp;Pain (0–10):</source>
        <translation>&amp;Douleur (0–10) :</translation>
    </message>
    <message>
        <source>Outcome rated by the p&amp;atient:</source>
        <translation>Résultat évalué par le patie&amp;nt :</translation>
    </message>
    <message>
        <source>Outcome rated by the p&amp;ractitioner:</source>
        <translation>Résultat évalué par le p&amp;raticien :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>required: what was wrong in the signed record</source>
        <translation>obligatoire : ce qui était erroné dans la fiche signée</translation>
    </message>
    <message>
        <source>&amp;Why it is corrected:</source>
        <translation>&amp;Motif de la rectification :</translation>
    </message>
    <message>
        <source>What was injected</source>
        <translation>Produits injectés</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Product and lot</source>
        <translation>Produit et lot</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>Ajouter une &amp;ligne</translation>
    </message>
    <message>
        <source>Remo&amp;ve line</source>
        <translation>Supprimer la li&amp;gne</translation>
    </message>
    <message>
        <source>Deviations from the plan: give a reason for each</source>
        <translation>Écarts par rapport au plan : indiquez un motif pour chacun</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>No product in stock holds only the planned cocktail: add the lines of what was injected.</source>
        <translation>Aucun produit en stock ne contient uniquement le cocktail prévu : ajoutez les lignes de ce qui a été injecté.</translation>
    </message>
    <message>
        <source>%1 · lot %2 · expires %3 · %4 mL left</source>
        <translation>%1 · lot %2 · péremption %3 · reste %4 mL</translation>
    </message>
    <message>
        <source> mL</source>
        <translation> mL</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Passages</translation>
    </message>
</context>
<context>
    <name>meso::ui::SettingsPage</name>
    <message>
        <source>Not set</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Clinic (printed on plans, consent forms and aftercare sheets)</source>
        <translation>Cabinet (imprimé sur les plans de traitement, les consentements et les fiches de consignes post-séance)</translation>
    </message>
    <message>
        <source>Where the clinic practises: a protocol not allowed in this country is never proposed (for example injection lipolysis in France).</source>
        <translation>Pays d&apos;exercice du cabinet : un protocole non autorisé dans ce pays n&apos;est jamais proposé (par exemple la lipolyse par injection en France).</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail :</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo :</translation>
    </message>
    <message>
        <source>Only an administrator changes the clinic&apos;s details.</source>
        <translation>Seul un administrateur peut modifier les coordonnées du cabinet.</translation>
    </message>
    <message>
        <source>&amp;Save clinic details</source>
        <translation>&amp;Enregistrer les coordonnées</translation>
    </message>
    <message>
        <source>Clinic logo</source>
        <translation>Logo du cabinet</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Prise de rendez-vous</translation>
    </message>
    <message numerus="yes">
        <source>%n practitioner(s)</source>
        <translation>
            <numerusform>%n praticien</numerusform>
            <numerusform>%n praticiens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n salle</numerusform>
            <numerusform>%n salles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closure(s)</source>
        <translation>
            <numerusform>%n fermeture</numerusform>
            <numerusform>%n fermetures</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 min set-up per session</source>
        <translation> ; %1 min de préparation par séance</translation>
    </message>
    <message>
        <source>Clinic &amp;setup…</source>
        <translation>Con&amp;figuration du cabinet…</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Politiques du cabinet</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Lock a workstation after this long without input:</source>
        <translation>&amp;Verrouiller un poste après une inactivité de :</translation>
    </message>
    <message>
        <source>Keep patients&apos; records after their last visit &amp;for:</source>
        <translation>Conserver les dossiers patients après la dernière visite pen&amp;dant :</translation>
    </message>
    <message>
        <source>Automatic &amp;backups kept:</source>
        <translation>Sauve&amp;gardes automatiques conservées :</translation>
    </message>
    <message>
        <source>Flag lots on Stock that &amp;expire within:</source>
        <translation>Signaler dans Stock les lots qui e&amp;xpirent dans :</translation>
    </message>
    <message>
        <source>Save &amp;policies</source>
        <translation>Enregistrer &amp;les politiques</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Emplacement :</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Moteur :</translation>
    </message>
    <message>
        <source>PostgreSQL clinic server (several workstations)</source>
        <translation>Serveur PostgreSQL du cabinet (plusieurs postes)</translation>
    </message>
    <message>
        <source>SQLite file (single workstation)</source>
        <translation>Fichier SQLite (un seul poste)</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Version du schéma :</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>C&amp;onnexion…</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Sauvegardes :</translation>
    </message>
    <message>
        <source>made on the server, with pg_dump (docs/deployment.md)</source>
        <translation>effectuées sur le serveur, avec pg_dump (docs/deployment.md)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>Automatic backups:</source>
        <translation>Sauvegardes automatiques :</translation>
    </message>
    <message>
        <source>%1 (when MesoPlan closes and daily; latest: %2)</source>
        <translation>%1 (à la fermeture de MesoPlan et chaque jour ; dernière : %2)</translation>
    </message>
    <message>
        <source>Back &amp;up now…</source>
        <translation>Sa&amp;uvegarder maintenant…</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>mesoplan-backup-%1.sqlite</source>
        <translation>mesoplan-backup-%1.sqlite</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite)</source>
        <translation>Bases de données SQLite (*.sqlite)</translation>
    </message>
    <message>
        <source>Clinical catalog</source>
        <translation>Catalogue clinique</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Édition :</translation>
    </message>
    <message>
        <source>Version (SHA-256):</source>
        <translation>Version (SHA-256) :</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importé le :</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Devise :</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Contenu :</translation>
    </message>
    <message>
        <source>Not saved: %1: %2</source>
        <translation>Non enregistré : %1 : %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Fichier enregistré : %1.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>The logo must be at most 512 KiB: %1</source>
        <translation>Le logo ne doit pas dépasser 512 Kio : %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Not an image: %1</source>
        <translation>Ce fichier n&apos;est pas une image : %1</translation>
    </message>
    <message>
        <source>Logo chosen; save to keep it.</source>
        <translation>Logo choisi ; enregistrez pour le conserver.</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Ce poste de travail</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>Celle du système (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>MesoPlan speaks %1 from its next start.</source>
        <translation>Langue de MesoPlan à son prochain démarrage : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n zone</numerusform>
            <numerusform>%n zones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indication(s)</source>
        <translation>
            <numerusform>%n indication</numerusform>
            <numerusform>%n indications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medical condition(s)</source>
        <translation>
            <numerusform>%n antécédent médical</numerusform>
            <numerusform>%n antécédents médicaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site condition(s)</source>
        <translation>
            <numerusform>%n affection locale</numerusform>
            <numerusform>%n affections locales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n treatment(s)</source>
        <translation>
            <numerusform>%n traitement</numerusform>
            <numerusform>%n traitements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n technique(s)</source>
        <translation>
            <numerusform>%n technique</numerusform>
            <numerusform>%n techniques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n allergen group(s)</source>
        <translation>
            <numerusform>%n groupe d&apos;allergènes</numerusform>
            <numerusform>%n groupes d&apos;allergènes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n allergen(s)</source>
        <translation>
            <numerusform>%n allergène</numerusform>
            <numerusform>%n allergènes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medication class(es)</source>
        <translation>
            <numerusform>%n classe de médicaments</numerusform>
            <numerusform>%n classes de médicaments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medication(s)</source>
        <translation>
            <numerusform>%n médicament</numerusform>
            <numerusform>%n médicaments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ingredient(s)</source>
        <translation>
            <numerusform>%n ingrédient</numerusform>
            <numerusform>%n ingrédients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n aftercare set(s)</source>
        <translation>
            <numerusform>%n fiche de consignes post-séance</numerusform>
            <numerusform>%n fiches de consignes post-séance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n risque</numerusform>
            <numerusform>%n risques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n protocol(s)</source>
        <translation>
            <numerusform>%n protocole</numerusform>
            <numerusform>%n protocoles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spacing rule(s)</source>
        <translation>
            <numerusform>%n règle d&apos;espacement</numerusform>
            <numerusform>%n règles d&apos;espacement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n screening rule(s)</source>
        <translation>
            <numerusform>%n règle de contre-indication</numerusform>
            <numerusform>%n règles de contre-indication</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan rule(s)</source>
        <translation>
            <numerusform>%n règle de plan</numerusform>
            <numerusform>%n règles de plan</numerusform>
        </translation>
    </message>
    <message>
        <source>Setup &amp;assistant…</source>
        <translation>&amp;Assistant de configuration…</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Sauvegarde de la base de données…</translation>
    </message>
</context>
<context>
    <name>meso::ui::SetupAssistant</name>
    <message>
        <source>Clinic details</source>
        <translation>Coordonnées du cabinet</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <source>Opening hours, rooms and practitioners&apos; hours</source>
        <translation>Horaires d&apos;ouverture, salles et horaires des praticiens</translation>
    </message>
    <message>
        <source>Patients from the previous software</source>
        <translation>Patients de l&apos;ancien logiciel</translation>
    </message>
    <message>
        <source>Setting the clinic up</source>
        <translation>Configuration du cabinet</translation>
    </message>
    <message>
        <source>S&amp;kip this step</source>
        <translation>&amp;Passer cette étape</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>The name, address and phone printed on plans, consent forms and aftercare sheets; the country decides which protocols may be proposed.</source>
        <translation>Le nom, l&apos;adresse et le téléphone imprimés sur les plans, consentements et fiches de consignes ; le pays décide des protocoles qui peuvent être proposés.</translation>
    </message>
    <message>
        <source>&amp;Import patients…</source>
        <translation>&amp;Importer des patients…</translation>
    </message>
    <message>
        <source>This clinic starts without earlier patients</source>
        <translation>Ce cabinet démarre sans patients antérieurs</translation>
    </message>
    <message>
        <source>A CSV file from the previous software: names, birth dates and contacts; the file is checked before anything is imported.</source>
        <translation>Un fichier CSV de l&apos;ancien logiciel : noms, dates de naissance et coordonnées ; le fichier est vérifié avant toute importation.</translation>
    </message>
    <message>
        <source>Bring the patients over now, or later from the Patients page.</source>
        <translation>Reprenez les patients maintenant, ou plus tard depuis la page Patients.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>What is done, and what is left: the steps left stay on your checklist until they are done, and this assistant is in Settings.</source>
        <translation>Ce qui est fait et ce qui reste : les étapes restantes demeurent dans votre liste jusqu&apos;à ce qu&apos;elles soient faites, et cet assistant est dans les Paramètres.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) in the clinic&apos;s records.</source>
        <translation>
            <numerusform>%n patient dans les dossiers du cabinet.</numerusform>
            <numerusform>%n patients dans les dossiers du cabinet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fait : %1</translation>
    </message>
    <message>
        <source>Left for later: %1</source>
        <translation>Reste à faire : %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Import the patients, tick &quot;This clinic starts without earlier patients&quot;, or skip this step.</source>
        <translation>Importez les patients, cochez « Ce cabinet démarre sans patients antérieurs », ou passez cette étape.</translation>
    </message>
    <message>
        <source>An account for each practitioner and each person at the front desk (Add user…). Their working hours and protocols come next.</source>
        <translation>Un compte pour chaque praticien et chaque personne de l&apos;accueil (Ajouter un utilisateur…). Leurs horaires et protocoles viennent ensuite.</translation>
    </message>
    <message>
        <source>Add at least one practitioner&apos;s account (Add user…), or skip this step.</source>
        <translation>Ajoutez au moins un compte de praticien (Ajouter un utilisateur…), ou passez cette étape.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo :</translation>
    </message>
    <message>
        <source>Lan&amp;guage of this workstation:</source>
        <translation>Lan&amp;gue de ce poste :</translation>
    </message>
    <message>
        <source>Clinic logo</source>
        <translation>Logo du cabinet</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The opening hours and closures, the rooms and their equipment, each practitioner&apos;s hours and protocols. Each tab has its save button; Next saves what is left unsaved.</source>
        <translation>Les horaires d&apos;ouverture et fermetures, les salles et leur équipement, les horaires et protocoles de chaque praticien. Chaque onglet a son bouton d&apos;enregistrement ; Suivant enregistre ce qui ne l&apos;est pas encore.</translation>
    </message>
    <message>
        <source>Amounts are in %1. Another currency is chosen in Billing, Prices and VAT, with the clinic&apos;s prices, before the first quote.</source>
        <translation>Les montants sont en %1. Une autre devise se choisit dans Facturation, Prix et TVA, avec les prix du cabinet, avant le premier devis.</translation>
    </message>
</context>
<context>
    <name>meso::ui::SignInDelay</name>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Réessayez dans %n seconde.</numerusform>
            <numerusform>Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meso::ui::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Sign in to MesoPlan</source>
        <translation>Connexion à MesoPlan</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Saisissez votre nom d&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>meso::ui::StockPage</name>
    <message>
        <source> mL</source>
        <translation> mL</translation>
    </message>
    <message>
        <source>Add &amp;product…</source>
        <translation>Ajouter un &amp;produit…</translation>
    </message>
    <message>
        <source>&amp;Receive lot…</source>
        <translation>&amp;Réceptionner un lot…</translation>
    </message>
    <message>
        <source>&amp;Trace lot…</source>
        <translation>&amp;Traçabilité d&apos;un lot…</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Péremption</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>To watch</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>expired: do not use</source>
        <translation>périmé : ne pas utiliser</translation>
    </message>
    <message>
        <source>expires soon</source>
        <translation>expire bientôt</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>épuisé</translation>
    </message>
    <message>
        <source>low stock</source>
        <translation>stock bas</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) on %1</source>
        <translation>
            <numerusform>%n unité le %1</numerusform>
            <numerusform>%n unités le %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s) in stock.</source>
        <translation>
            <numerusform>%n lot en stock.</numerusform>
            <numerusform>%n lots en stock.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired: %1 · expiring soon: %2 · low stock: %3</source>
        <translation>Périmés : %1 · expirent bientôt : %2 · stock bas : %3</translation>
    </message>
</context>
<context>
    <name>meso::ui::TraceLotDialog</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Trace lot</source>
        <translation>Traçabilité du lot</translation>
    </message>
    <message>
        <source>&amp;Trace</source>
        <translation>&amp;Tracer</translation>
    </message>
    <message>
        <source>&amp;Lot number:</source>
        <translation>Numéro de &amp;lot :</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Export the lot&apos;s trace</source>
        <translation>Exporter la traçabilité du lot</translation>
    </message>
    <message>
        <source>lot-%1.csv</source>
        <translation>lot-%1.csv</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (lot %2)</source>
        <translation>%1 (lot %2)</translation>
    </message>
    <message numerus="yes">
        <source>Lot %1: %n patient(s)</source>
        <translation>
            <numerusform>Lot %1 : %n patient</numerusform>
            <numerusform>Lot %1 : %n patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session line(s).</source>
        <translation>
            <numerusform>%n ligne de séance.</numerusform>
            <numerusform>%n lignes de séance.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>meso::ui::UserDialog</name>
    <message>
        <source>&amp;Active (can sign in)</source>
        <translation>&amp;Actif (peut se connecter)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nom &amp;complet :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Change user</source>
        <translation>Modifier l&apos;utilisateur</translation>
    </message>
    <message>
        <source>lower case, e.g. cmartin</source>
        <translation>en minuscules, p. ex. cmartin</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>meso::ui::UsersPage</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Réinitialiser le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Everyone who uses MesoPlan has an account of their own; what each role may do is checked on every action and recorded in the audit trail. Accounts are never deleted: deactivate those who leave.</source>
        <translation>Chaque personne qui utilise MesoPlan a son propre compte ; les droits de chaque rôle sont vérifiés à chaque action et consignés dans le journal d&apos;audit. Les comptes ne sont jamais supprimés : désactivez ceux des personnes qui partent.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>no password yet</source>
        <translation>pas encore de mot de passe</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Utilisateur %1 ajouté.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Utilisateur %1 enregistré.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>Nouveau mot de passe défini pour %1.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Non modifié : %1</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 ne peut plus se connecter.</translation>
    </message>
</context>
</TS>
