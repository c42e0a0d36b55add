<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Idle detection is unavailable on this desktop: breaks are counted from screen lock and sleep, and when you take them.</source>
        <translation>La détection d’inactivité n’est pas disponible sur ce bureau&#xa0;: les pauses sont comptées d’après le verrouillage de l’écran et la mise en veille, et quand vous les faites.</translation>
    </message>
    <message>
        <source>Can&apos;t save to the data folder {folder}: {reason}. Records are kept in memory, saved when it works again, and kept in a rescue file if the app quits first.</source>
        <translation>Impossible d&apos;enregistrer dans le dossier de données {folder}&#xa0;: {reason}. Les entrées restent en mémoire, sont enregistrées dès que cela refonctionne, et gardées dans un fichier de secours si l&apos;application se ferme avant.</translation>
    </message>
    <message>
        <source>History can&apos;t be saved for now.</source>
        <translation>L&apos;historique ne peut pas être enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Can&apos;t save to the data folder: {0}</source>
        <translation>Impossible d&apos;enregistrer dans le dossier de données : {0}</translation>
    </message>
    <message>
        <source>Idle detection is stuck.</source>
        <translation>La détection d’inactivité est bloquée.</translation>
    </message>
    <message>
        <source>Break coming up</source>
        <translation>Pause imminente</translation>
    </message>
    <message>
        <source>A short glute break is due soon.</source>
        <translation>Une courte pause pour les fessiers arrive bientôt.</translation>
    </message>
    <message>
        <source>No more snoozes</source>
        <translation>Plus de report possible</translation>
    </message>
    <message numerus="yes">
        <source>You&apos;ve snoozed %n time(s) in a row. Take the break or skip it.</source>
        <translation>
            <numerusform>Vous avez reporté %n fois de suite. Faites la pause ou passez-la.</numerusform>
            <numerusform>Vous avez reporté %n fois de suite. Faites la pause ou passez-la.</numerusform>
        </translation>
    </message>
    <message>
        <source>No exercises to do</source>
        <translation>Aucun exercice à faire</translation>
    </message>
    <message>
        <source>Every exercise of this routine is left out. Put some back in Settings → Program → Left-out exercises.</source>
        <translation>Tous les exercices de cette séance sont écartés. Remettez-en dans Paramètres → Programme → Exercices écartés.</translation>
    </message>
    <message>
        <source>Ready for the next level?</source>
        <translation>Prêt pour le niveau suivant&#xa0;?</translation>
    </message>
    <message>
        <source>Settings apply now but could not be saved: {error}</source>
        <translation>Les paramètres s’appliquent maintenant mais n’ont pas pu être enregistrés&#xa0;: {error}</translation>
    </message>
    <message>
        <source>none (screen lock and sleep only)</source>
        <translation>aucune (seulement verrouillage de l’écran et veille)</translation>
    </message>
    <message>
        <source>Settings file: {problem}</source>
        <translation>Fichier de paramètres : {problem}</translation>
    </message>
    <message>
        <source>deadbutt-tray</source>
        <translation>deadbutt-tray</translation>
    </message>
    <message>
        <source>deadbutt-tray hit a problem</source>
        <translation>deadbutt-tray a rencontré un problème</translation>
    </message>
    <message>
        <source>Continuous sitting before you are prompted to take a break.</source>
        <extracomment>Every setting, in file order (the order ``config.toml`` is written and documented in).</extracomment>
        <translation>Temps assis sans interruption avant que l’on vous propose une pause.</translation>
    </message>
    <message>
        <source>0 = off</source>
        <translation>0 = désactivé</translation>
    </message>
    <message>
        <source>A quiet heads-up this long before the prompt.</source>
        <translation>Un discret préavis, ce temps-là avant le rappel.</translation>
    </message>
    <message>
        <source>Time away from the computer that counts as a break.</source>
        <translation>Temps loin de l’ordinateur qui compte comme une pause.</translation>
    </message>
    <message>
        <source>How long a snooze puts off the prompt.</source>
        <translation>Durée pendant laquelle un report repousse le rappel.</translation>
    </message>
    <message>
        <source>Snoozes in a row before the prompt stops offering another.</source>
        <translation>Nombre de reports d’affilée avant que le rappel n’en propose plus.</translation>
    </message>
    <message>
        <source>An ignored prompt nudges again after this long.</source>
        <translation>Un rappel ignoré se manifeste de nouveau après ce délai.</translation>
    </message>
    <message>
        <source>Prompt only on work days between work_start and work_end.</source>
        <translation>Rappeler seulement les jours travaillés, entre work_start et work_end.</translation>
    </message>
    <message>
        <source>before work_end</source>
        <translation>avant work_end</translation>
    </message>
    <message>
        <source>Start of working hours.</source>
        <translation>Début des heures de travail.</translation>
    </message>
    <message>
        <source>End of working hours.</source>
        <translation>Fin des heures de travail.</translation>
    </message>
    <message>
        <source>after work_start</source>
        <translation>après work_start</translation>
    </message>
    <message>
        <source>Days that have working hours.</source>
        <translation>Jours avec des heures de travail.</translation>
    </message>
    <message>
        <source>Hold prompts while a full-screen window (a presentation, a call) is active.</source>
        <translation>Retenir les rappels tant qu’une fenêtre en plein écran (une présentation, un appel) est active.</translation>
    </message>
    <message>
        <source>Play a sound with the prompt.</source>
        <translation>Jouer un son avec le rappel.</translation>
    </message>
    <message>
        <source>Volume of the prompt sound.</source>
        <translation>Volume du son de rappel.</translation>
    </message>
    <message>
        <source>How time away is detected; &quot;auto&quot; picks what works on this desktop.</source>
        <translation>Comment l’absence est détectée&#xa0;; « auto » choisit ce qui fonctionne sur ce bureau.</translation>
    </message>
    <message>
        <source>The language of the app: &quot;system&quot; follows the desktop; en, de, fr or es.</source>
        <translation>La langue de l’application&#xa0;: « system » suit le bureau&#xa0;; en, de, fr ou es.</translation>
    </message>
    <message>
        <source>The current program level: 1 wake up, 2 with core, 3 together.</source>
        <translation>Le niveau actuel du programme&#xa0;: 1 réveil, 2 avec le gainage, 3 tout ensemble.</translation>
    </message>
    <message>
        <source>[] = none</source>
        <translation>[] = aucun</translation>
    </message>
    <message>
        <source>Exercises left out of routines (added when you press &quot;This hurts&quot;).</source>
        <translation>Exercices écartés des séances (ajoutés quand vous appuyez sur « Ça fait mal »).</translation>
    </message>
    <message>
        <source>&quot;&quot; = not given</source>
        <translation>&quot;&quot; = non renseigné</translation>
    </message>
    <message>
        <source>Your age range, to compare the balance test with approximate norms.</source>
        <translation>Votre tranche d’âge, pour comparer le test d’équilibre à des normes approximatives.</translation>
    </message>
    <message>
        <source>Offer the home routine of your level at program_time on program_days.</source>
        <translation>Proposer la séance à la maison de votre niveau à program_time les program_days.</translation>
    </message>
    <message>
        <source>When the daily home routine is offered.</source>
        <translation>Quand la séance quotidienne à la maison est proposée.</translation>
    </message>
    <message>
        <source>Days the home routine is offered.</source>
        <translation>Jours où la séance à la maison est proposée.</translation>
    </message>
    <message>
        <source>In a lab study, two minutes of light walking every 20 minutes lowered the rise in blood sugar and insulin after a meal by roughly a quarter (≈24% and ≈23%) compared with sitting straight through (Dunstan et al., Diabetes Care, 2012). An expert statement advises breaking up seated work regularly, building up to about 2 hours a day of standing and light activity at work, then about 4 (Buckley et al., British Journal of Sports Medicine, 2015). Thirty minutes is a common, practical middle ground; you can change it in Settings.</source>
        <translation>Dans une étude en laboratoire, deux minutes de marche légère toutes les 20 minutes ont réduit d’environ un quart (≈24 % et ≈23 %) la hausse de la glycémie et de l’insuline après un repas, par rapport à une position assise continue (Dunstan et al., Diabetes Care, 2012). Une déclaration d’experts conseille d’interrompre régulièrement le travail assis, pour arriver à environ 2 heures par jour debout et en activité légère au travail, puis environ 4 (Buckley et al., British Journal of Sports Medicine, 2015). Trente minutes sont un compromis courant et pratique&#xa0;; vous pouvez le modifier dans les Paramètres.</translation>
    </message>
    <message>
        <source>Each study is cited for what it measured: Distefano et al. 2009 side-lying hip abduction, single-leg squats and deadlifts, band walks and lunges; Boren et al. 2011 the glute squeeze and planks with a leg lift; Ekstrom et al. 2007 the one-leg bridge (moderate: a stabilisation exercise); Winters et al. 2004 hip-flexor stretching. Macadam et al. 2015 reviewed hip-abduction and rotation exercises only. Starting with low-load activation, and the desk versions, is clinical reasoning.</source>
        <translation>Chaque étude est citée pour ce qu’elle a mesuré&#xa0;: Distefano et al. 2009 l’abduction de hanche allongé sur le côté, les squats et soulevés de terre sur une jambe, la marche avec élastique et les fentes&#xa0;; Boren et al. 2011 le serrage des fessiers et les planches avec levé de jambe&#xa0;; Ekstrom et al. 2007 le pont sur une jambe (modéré&#xa0;: un exercice de stabilisation)&#xa0;; Winters et al. 2004 l’étirement des fléchisseurs de hanche. Macadam et al. 2015 n’a passé en revue que des exercices d’abduction et de rotation de hanche. Commencer par une activation à faible charge, et les versions au bureau, relève du raisonnement clinique.</translation>
    </message>
    <message>
        <source>About deadbutt-tray</source>
        <translation>À propos de deadbutt-tray</translation>
    </message>
    <message>
        <source>Why a break every 30 minutes?</source>
        <translation>Pourquoi une pause toutes les 30 minutes&#xa0;?</translation>
    </message>
    <message>
        <source>Where do the exercises come from?</source>
        <translation>D’où viennent les exercices&#xa0;?</translation>
    </message>
    <message>
        <source>Where your data is kept</source>
        <translation>Où sont gardées vos données</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>&amp;Ouvrir le dossier des données</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>deadbutt-tray icon</source>
        <translation>Icône de deadbutt-tray</translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <source>Wakes up sleepy glutes with well-timed breaks from sitting.</source>
        <translation>Réveille les fessiers endormis avec des pauses bien placées.</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Données&#xa0;:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Paramètres&#xa0;:</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Journaux&#xa0;:</translation>
    </message>
    <message>
        <source>The data folder doesn&apos;t exist yet; it is made when something is first saved.</source>
        <translation>Le dossier des données n’existe pas encore&#xa0;; il est créé au premier enregistrement.</translation>
    </message>
    <message>
        <source>Couldn&apos;t open a file manager. The folder is: {0}</source>
        <translation>Impossible d’ouvrir un gestionnaire de fichiers. Le dossier est&#xa0;: {0}</translation>
    </message>
    <message>
        <source>&amp;Desk micro-break</source>
        <translation>Micro-pause au &amp;bureau</translation>
    </message>
    <message>
        <source>S&amp;nooze this break</source>
        <translation>&amp;Reporter cette pause</translation>
    </message>
    <message>
        <source>Pause for &amp;30 minutes</source>
        <translation>Pause de &amp;30 minutes</translation>
    </message>
    <message>
        <source>Pause for &amp;1 hour</source>
        <translation>Pause d’&amp;1 heure</translation>
    </message>
    <message>
        <source>Pause until &amp;tomorrow</source>
        <translation>Pause jusqu’à &amp;demain</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Re&amp;prendre</translation>
    </message>
    <message>
        <source>&amp;Do not disturb</source>
        <translation>&amp;Ne pas déranger</translation>
    </message>
    <message>
        <source>&amp;Weekly summary…</source>
        <translation>Bilan de la &amp;semaine…</translation>
    </message>
    <message>
        <source>Ba&amp;lance test…</source>
        <translation>Test d’équi&amp;libre…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Paramè&amp;tres…</translation>
    </message>
    <message>
        <source>&amp;About / safety note</source>
        <translation>À pr&amp;opos / consignes de sécurité</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Home routine</source>
        <translation>Séance à la &amp;maison</translation>
    </message>
    <message>
        <source>Before a &amp;run</source>
        <translation>Avant de &amp;courir</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Balance results over time</source>
        <translation>Résultats d’équilibre au fil du temps</translation>
    </message>
    <message>
        <source>{0}: left {1}, right {2}</source>
        <translation>{0}&#xa0;: gauche {1}, droite {2}</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Pas encore de résultats</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <source>- - typical for your age</source>
        <translation>- - habituel pour votre âge</translation>
    </message>
    <message>
        <source>Balance self-test</source>
        <translation>Autotest d’équilibre</translation>
    </message>
    <message>
        <source>Start the test</source>
        <translation>Commencer le test</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the test (Esc)</source>
        <translation>Arrêter le test (Échap)</translation>
    </message>
    <message>
        <source>Single-leg balance test</source>
        <translation>Test d’équilibre sur une jambe</translation>
    </message>
    <message>
        <source>Take your shoes off. Stand in front of a mirror, close enough to your desk to steady yourself if you wobble.</source>
        <translation>Enlevez vos chaussures. Placez-vous devant un miroir, assez près de votre bureau pour vous rattraper si vous vacillez.</translation>
    </message>
    <message>
        <source>Fold your arms across your chest, or put your hands on your hips.</source>
        <translation>Croisez les bras sur la poitrine, ou mettez les mains sur les hanches.</translation>
    </message>
    <message>
        <source>Lift one foot just off the floor, without resting it on the other leg.</source>
        <translation>Décollez un pied juste au-dessus du sol, sans le poser contre l’autre jambe.</translation>
    </message>
    <message>
        <source>Start the timer (Space) as the foot leaves the floor. Stop it (Space) when the lifted foot touches down, the standing foot moves or you reach for support. It stops by itself at 45 seconds.</source>
        <translation>Lancez le chronomètre (Espace) quand le pied quitte le sol. Arrêtez-le (Espace) quand le pied levé touche le sol, que le pied d’appui bouge ou que vous cherchez un appui. Il s’arrête tout seul à 45 secondes.</translation>
    </message>
    <message>
        <source>Three tries on each leg, left first; the best one counts.</source>
        <translation>Trois essais par jambe, la gauche d’abord&#xa0;; le meilleur compte.</translation>
    </message>
    <message>
        <source>How to do the test</source>
        <translation>Comment faire le test</translation>
    </message>
    <message>
        <source>Also test with eyes &amp;closed (harder: keep the desk in reach)</source>
        <translation>Tester aussi les yeux &amp;fermés (plus difficile&#xa0;: gardez le bureau à portée de main)</translation>
    </message>
    <message>
        <source>Your age, to compare with typical results</source>
        <translation>Votre âge, pour comparer avec des résultats habituels</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Your &amp;age (optional):</source>
        <translation>Votre &amp;âge (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Single-leg balance</source>
        <translation>Équilibre sur une jambe</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Chronomètre</translation>
    </message>
    <message>
        <source>Times of the tries</source>
        <translation>Temps des essais</translation>
    </message>
    <message>
        <source>Nothing ticked means you saw none of these. A pelvis that drops on the lifted side is the sign to watch: the side muscles of the standing hip (gluteus medius) are not holding it level yet.</source>
        <translation>Ne rien cocher signifie que vous n’avez rien vu de tout cela. Un bassin qui descend du côté levé est le signe à surveiller&#xa0;: les muscles latéraux de la hanche d’appui (le moyen fessier) ne le tiennent pas encore à l’horizontale.</translation>
    </message>
    <message>
        <source>Your result</source>
        <translation>Votre résultat</translation>
    </message>
    <message>
        <source>Mirror check</source>
        <translation>Contrôle dans le miroir</translation>
    </message>
    <message>
        <source>Over time (eyes open)</source>
        <translation>Au fil du temps (yeux ouverts)</translation>
    </message>
    <message>
        <source>Left leg: what did the mirror show?</source>
        <translation>Jambe gauche&#xa0;: qu’a montré le miroir&#xa0;?</translation>
    </message>
    <message>
        <source>Right leg: what did the mirror show?</source>
        <translation>Jambe droite&#xa0;: qu’a montré le miroir&#xa0;?</translation>
    </message>
    <message>
        <source>Think back to your tries standing on that leg, or stand on it once more and look. Tick what you saw (Space ticks, Tab moves), then Enter.</source>
        <translation>Repensez à vos essais sur cette jambe, ou tenez-vous dessus encore une fois et regardez. Cochez ce que vous avez vu (Espace coche, Tab passe au suivant), puis Entrée.</translation>
    </message>
    <message>
        <source>Mirror check:</source>
        <translation>Contrôle dans le miroir&#xa0;:</translation>
    </message>
    <message>
        <source>• standing on the left leg: {0}</source>
        <translation>• en appui sur la jambe gauche&#xa0;: {0}</translation>
    </message>
    <message>
        <source>• standing on the right leg: {0}</source>
        <translation>• en appui sur la jambe droite&#xa0;: {0}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>nothing seen</source>
        <translation>rien vu</translation>
    </message>
    <message>
        <source>A pelvis that drops: the side muscles of the standing hip are not holding it level yet (the hip abduction exercises train them). Level 3 waits for a test without a drop.</source>
        <translation>Un bassin qui descend&#xa0;: les muscles latéraux de la hanche d’appui ne le tiennent pas encore à l’horizontale (les exercices d’abduction de hanche les entraînent). Le niveau 3 attend un test sans descente du bassin.</translation>
    </message>
    <message>
        <source>Over your latest tests:</source>
        <translation>Sur vos derniers tests&#xa0;:</translation>
    </message>
    <message>
        <source>• {0}</source>
        <translation>• {0}</translation>
    </message>
    <message>
        <source>Eyes open</source>
        <translation>Yeux ouverts</translation>
    </message>
    <message>
        <source>Eyes closed</source>
        <translation>Yeux fermés</translation>
    </message>
    <message>
        <source>{0}: typical for ages {1} is about {2}. Left leg {3}, right leg {4}.</source>
        <translation>{0}&#xa0;: habituel pour {1} ans, environ {2}. Jambe gauche {3}, jambe droite {4}.</translation>
    </message>
    <message>
        <source>Left and right are within {0} of each other.</source>
        <translation>Gauche et droite sont à moins de {0} l’une de l’autre.</translation>
    </message>
    <message>
        <source>Your {0} leg is {1} behind the other.</source>
        <translation>Votre jambe {0} a {1} de retard sur l’autre.</translation>
    </message>
    <message>
        <source>That is a big difference, and the place to start: give the {0} leg extra single-leg practice.</source>
        <translation>C’est un grand écart, et c’est par là qu’il faut commencer&#xa0;: donnez à la jambe {0} plus d’entraînement sur une jambe.</translation>
    </message>
    <message>
        <source>Begin with the left leg (Enter)</source>
        <translation>Commencer par la jambe gauche (Entrée)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close (Enter)</source>
        <translation>Fermer (Entrée)</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Jambe gauche</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Jambe droite</translation>
    </message>
    <message>
        <source>eyes open</source>
        <translation>yeux ouverts</translation>
    </message>
    <message>
        <source>eyes closed</source>
        <translation>yeux fermés</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Stand on your left leg and lift your right foot.</source>
        <translation>Tenez-vous sur la jambe gauche et levez le pied droit.</translation>
    </message>
    <message>
        <source>Stand on your right leg and lift your left foot.</source>
        <translation>Tenez-vous sur la jambe droite et levez le pied gauche.</translation>
    </message>
    <message>
        <source>Try {0} of {1}</source>
        <translation>Essai {0} sur {1}</translation>
    </message>
    <message>
        <source>Best: {0}</source>
        <translation>Meilleur&#xa0;: {0}</translation>
    </message>
    <message>
        <source>See the result</source>
        <translation>Voir le résultat</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>Ensuite&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Stop (Space)</source>
        <translation>Arrêter (Espace)</translation>
    </message>
    <message>
        <source>Space when your foot touches down. It stops at 45 s.</source>
        <translation>Espace quand votre pied touche le sol. Il s’arrête à 45 s.</translation>
    </message>
    <message>
        <source>Start (Space)</source>
        <translation>Démarrer (Espace)</translation>
    </message>
    <message>
        <source>Try again (Space)</source>
        <translation>Réessayer (Espace)</translation>
    </message>
    <message>
        <source>Space starts the timer as your foot leaves the floor.</source>
        <translation>Espace lance le chronomètre quand votre pied quitte le sol.</translation>
    </message>
    <message>
        <source>Space for another try, Enter to move on.</source>
        <translation>Espace pour un autre essai, Entrée pour continuer.</translation>
    </message>
    <message>
        <source>{0} (Space)</source>
        <translation>{0} (Espace)</translation>
    </message>
    <message>
        <source>Done with this leg.</source>
        <translation>Cette jambe est terminée.</translation>
    </message>
    <message>
        <source>Move on (Enter)</source>
        <translation>Continuer (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Pelvis drops on the lifted side (your right hip sinks)</source>
        <translation>Le &amp;bassin descend du côté levé (votre hanche droite s’affaisse)</translation>
    </message>
    <message>
        <source>&amp;Pelvis drops on the lifted side (your left hip sinks)</source>
        <translation>Le &amp;bassin descend du côté levé (votre hanche gauche s’affaisse)</translation>
    </message>
    <message>
        <source>Left &amp;knee rolls in</source>
        <translation>Le &amp;genou gauche rentre vers l’intérieur</translation>
    </message>
    <message>
        <source>Right &amp;knee rolls in</source>
        <translation>Le &amp;genou droit rentre vers l’intérieur</translation>
    </message>
    <message>
        <source>&amp;Trunk leans over the left leg</source>
        <translation>Le &amp;tronc penche au-dessus de la jambe gauche</translation>
    </message>
    <message>
        <source>&amp;Trunk leans over the right leg</source>
        <translation>Le &amp;tronc penche au-dessus de la jambe droite</translation>
    </message>
    <message>
        <source>&amp;Arch of the left foot collapses</source>
        <translation>La &amp;voûte du pied gauche s’affaisse</translation>
    </message>
    <message>
        <source>&amp;Arch of the right foot collapses</source>
        <translation>La &amp;voûte du pied droit s’affaisse</translation>
    </message>
    <message>
        <source>Ar&amp;ms flail, or you grab for support</source>
        <translation>Les &amp;bras s’agitent, ou vous cherchez un appui</translation>
    </message>
    <message>
        <source>pelvis drop</source>
        <translation>bassin qui descend</translation>
    </message>
    <message>
        <source>knee rolling in</source>
        <translation>genou qui rentre</translation>
    </message>
    <message>
        <source>trunk lean</source>
        <translation>tronc qui penche</translation>
    </message>
    <message>
        <source>arch collapsing</source>
        <translation>voûte qui s’affaisse</translation>
    </message>
    <message>
        <source>arms flailing or grabbing</source>
        <translation>bras qui s’agitent ou cherchent un appui</translation>
    </message>
    <message>
        <source>Your left side</source>
        <translation>Votre côté gauche</translation>
    </message>
    <message>
        <source>Your right side</source>
        <translation>Votre côté droit</translation>
    </message>
    <message>
        <source>{0}: {1} in this test.</source>
        <translation>{0}&#xa0;: {1} lors de ce test.</translation>
    </message>
    <message>
        <source>{0}: {1} on {2} of the last {3} tests.</source>
        <translation>{0}&#xa0;: {1} lors de {2} des {3} derniers tests.</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>jambe droite</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>jambe gauche</translation>
    </message>
    <message>
        <source>{0}, eyes closed</source>
        <translation>{0}, yeux fermés</translation>
    </message>
    <message>
        <source>Set your age range on the first page next time to compare these times with typical results for your age.</source>
        <translation>La prochaine fois, indiquez votre tranche d’âge sur la première page pour comparer ces temps aux résultats habituels pour votre âge.</translation>
    </message>
    <message>
        <source>Source of the typical times: {0}.</source>
        <translation>Source des temps habituels&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>{0}: left {1}, right {2} ({3})</source>
        <translation>{0}&#xa0;: gauche {1}, droite {2} ({3})</translation>
    </message>
    <message>
        <source>Earlier tests:</source>
        <translation>Tests précédents&#xa0;:</translation>
    </message>
    <message>
        <source>This is your first test: do it again in a couple of weeks to see the change.</source>
        <translation>C’est votre premier test&#xa0;: refaites-le dans quelques semaines pour voir l’évolution.</translation>
    </message>
    <message>
        <source>below it</source>
        <translation>en dessous</translation>
    </message>
    <message>
        <source>around it</source>
        <translation>dans la moyenne</translation>
    </message>
    <message>
        <source>above it</source>
        <translation>au-dessus</translation>
    </message>
    <message numerus="yes">
        <source>{0} × %n rep(s)</source>
        <translation>
            <numerusform>{0} × %n répétition</numerusform>
            <numerusform>{0} × %n répétitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n répétition</numerusform>
            <numerusform>%n répétitions</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} per side</source>
        <translation>{0} de chaque côté</translation>
    </message>
    <message>
        <source>{0} · {1} s hold</source>
        <translation>{0} · maintien {1} s</translation>
    </message>
    <message>
        <source>{0} × {1} s hold</source>
        <translation>{0} × maintien {1} s</translation>
    </message>
    <message>
        <source>{0} s hold</source>
        <translation>maintien {0} s</translation>
    </message>
    <message>
        <source>Left leg moving</source>
        <translation>Jambe gauche en mouvement</translation>
    </message>
    <message>
        <source>Right leg moving</source>
        <translation>Jambe droite en mouvement</translation>
    </message>
    <message>
        <source>Standing on your left leg</source>
        <translation>En appui sur la jambe gauche</translation>
    </message>
    <message>
        <source>Standing on your right leg</source>
        <translation>En appui sur la jambe droite</translation>
    </message>
    <message>
        <source>Left foot in front</source>
        <translation>Pied gauche devant</translation>
    </message>
    <message>
        <source>Right foot in front</source>
        <translation>Pied droit devant</translation>
    </message>
    <message>
        <source>Left leg behind</source>
        <translation>Jambe gauche derrière</translation>
    </message>
    <message>
        <source>Right leg behind</source>
        <translation>Jambe droite derrière</translation>
    </message>
    <message>
        <source>Leading with your left leg</source>
        <translation>La jambe gauche mène</translation>
    </message>
    <message>
        <source>Leading with your right leg</source>
        <translation>La jambe droite mène</translation>
    </message>
    <message>
        <source>Lying on your left side</source>
        <translation>Allongé sur le côté gauche</translation>
    </message>
    <message>
        <source>Lying on your right side</source>
        <translation>Allongé sur le côté droit</translation>
    </message>
    <message>
        <source>set {0} of {1}</source>
        <translation>série {0} sur {1}</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <source>Get ready · first: {0}</source>
        <translation>Préparez-vous · d’abord&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Switch sides · {0}</source>
        <translation>Changez de côté · {0}</translation>
    </message>
    <message>
        <source>Rest · next: {0}</source>
        <translation>Repos · ensuite&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Levez</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Baissez</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendez</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Montez</translation>
    </message>
    <message>
        <source>Squeeze</source>
        <translation>Serrez</translation>
    </message>
    <message>
        <source>Relax</source>
        <translation>Relâchez</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Vers l’arrière</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Revenez</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Écartez</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ramenez</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrez</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Tendez</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Levez-vous</translation>
    </message>
    <message>
        <source>Sit</source>
        <translation>Asseyez-vous</translation>
    </message>
    <message>
        <source>Hinge</source>
        <translation>Penchez</translation>
    </message>
    <message>
        <source>Rock forward</source>
        <translation>En avant</translation>
    </message>
    <message>
        <source>Rock back</source>
        <translation>En arrière</translation>
    </message>
    <message>
        <source>Step out</source>
        <translation>Pas de côté</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivez</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tenez</translation>
    </message>
    <message>
        <source>Avoid: {0}</source>
        <translation>À éviter&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Guided break · {0}</source>
        <translation>Pause guidée · {0}</translation>
    </message>
    <message>
        <source>Progress through the routine</source>
        <translation>Avancement dans la séance</translation>
    </message>
    <message>
        <source>Side and step</source>
        <translation>Côté et étape</translation>
    </message>
    <message>
        <source>Countdown or repetition count</source>
        <translation>Compte à rebours ou nombre de répétitions</translation>
    </message>
    <message>
        <source>Tempo of the current repetition</source>
        <translation>Rythme de la répétition en cours</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Retour</translation>
    </message>
    <message>
        <source>Back to the previous exercise step (←)</source>
        <translation>Revenir à l’étape précédente de l’exercice (←)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Mettre en pause ou reprendre (Espace)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Go on to the next step (→)</source>
        <translation>Passer à l’étape suivante (→)</translation>
    </message>
    <message>
        <source>This hurts</source>
        <translation>Ça fait mal</translation>
    </message>
    <message>
        <source>Stop this exercise and get safety advice (H)</source>
        <translation>Arrêter cet exercice et obtenir des conseils de sécurité (H)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Skip the rest of this break (Esc)</source>
        <translation>Passer le reste de cette pause (Échap)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Finish the break now (Enter)</source>
        <translation>Terminer la pause maintenant (Entrée)</translation>
    </message>
    <message>
        <source>Exercise {0} of {1}</source>
        <translation>Exercice {0} sur {1}</translation>
    </message>
    <message>
        <source>{0} / {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>seconds · hold</source>
        <translation>secondes · maintien</translation>
    </message>
    <message>
        <source>seconds · get ready</source>
        <translation>secondes · préparation</translation>
    </message>
    <message>
        <source>seconds · rest</source>
        <translation>secondes · repos</translation>
    </message>
    <message>
        <source>Paused while you were away · Space to go on</source>
        <translation>En pause pendant votre absence · Espace pour continuer</translation>
    </message>
    <message>
        <source>Paused · Space to go on</source>
        <translation>En pause · Espace pour continuer</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Stopped. Take care.</source>
        <translation>Arrêté. Prenez soin de vous.</translation>
    </message>
    <message>
        <source>Well done: your glutes are awake.</source>
        <translation>Bravo&#xa0;: vos fessiers sont réveillés.</translation>
    </message>
    <message>
        <source>The exercise is done, in {0}.</source>
        <translation>L’exercice est fait, en {0}.</translation>
    </message>
    <message numerus="yes">
        <source>All %n exercise(s) done in {0}.</source>
        <translation>
            <numerusform>%n exercice fait en {0}.</numerusform>
            <numerusform>Les %n exercices faits en {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Break saved.</source>
        <translation>Pause enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n exercise(s) done in full. Some is better than none.</source>
        <translation>
            <numerusform>{0} sur %n exercice fait en entier. Un peu, c’est mieux que rien.</numerusform>
            <numerusform>{0} sur %n exercices faits en entier. Un peu, c’est mieux que rien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exercise illustration</source>
        <translation>Illustration de l’exercice</translation>
    </message>
    <message>
        <source>No illustration</source>
        <translation>Pas d’illustration</translation>
    </message>
    <message>
        <source>&amp;Hip</source>
        <translation>&amp;Hanche</translation>
    </message>
    <message>
        <source>&amp;Knee</source>
        <translation>&amp;Genou</translation>
    </message>
    <message>
        <source>&amp;Low back</source>
        <translation>&amp;Bas du dos</translation>
    </message>
    <message>
        <source>&amp;Ankle or foot</source>
        <translation>&amp;Cheville ou pied</translation>
    </message>
    <message>
        <source>&amp;Other</source>
        <translation>&amp;Autre</translation>
    </message>
    <message>
        <source>Stop this exercise now.</source>
        <translation>Arrêtez cet exercice maintenant.</translation>
    </message>
    <message>
        <source>Where does it hurt?</source>
        <translation>Où avez-vous mal&#xa0;?</translation>
    </message>
    <message>
        <source>How much does it hurt? (0 = not at all, 10 = the worst)</source>
        <translation>À quel point avez-vous mal&#xa0;? (0 = pas du tout, 10 = le pire)</translation>
    </message>
    <message>
        <source>Pain rating from 0 to 10</source>
        <translation>Douleur de 0 à 10</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; will be left out of your routines from now on. You can turn it back on in Settings.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; sera écarté de vos séances à partir de maintenant. Vous pouvez le réactiver dans les Paramètres.</translation>
    </message>
    <message>
        <source>Stop the exercise</source>
        <translation>Arrêter l’exercice</translation>
    </message>
    <message>
        <source>Back to the break</source>
        <translation>Retour à la pause</translation>
    </message>
    <message>
        <source>Choose where it hurts to continue.</source>
        <translation>Choisissez où vous avez mal pour continuer.</translation>
    </message>
    <message>
        <source>Break reminder — deadbutt-tray</source>
        <translation>Rappel de pause — deadbutt-tray</translation>
    </message>
    <message>
        <source>Break reminder</source>
        <translation>Rappel de pause</translation>
    </message>
    <message>
        <source>Time to wake up your glutes.</source>
        <translation>C’est l’heure de réveiller vos fessiers.</translation>
    </message>
    <message>
        <source>Snooze note</source>
        <translation>Note de report</translation>
    </message>
    <message>
        <source>&amp;Start guided break</source>
        <translation>&amp;Commencer la pause guidée</translation>
    </message>
    <message>
        <source>A short guided glute-activation break</source>
        <translation>Une courte pause guidée pour activer les fessiers</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Passer</translation>
    </message>
    <message>
        <source>No break this time</source>
        <translation>Pas de pause cette fois</translation>
    </message>
    <message>
        <source>No break this time (Esc)</source>
        <translation>Pas de pause cette fois (Échap)</translation>
    </message>
    <message>
        <source>Start a short guided break (Enter)</source>
        <translation>Commencer une courte pause guidée (Entrée)</translation>
    </message>
    <message>
        <source>Close for now (you will be reminded again)</source>
        <translation>Fermer pour l’instant (vous aurez un nouveau rappel)</translation>
    </message>
    <message>
        <source>Close for now; you will be reminded again</source>
        <translation>Fermer pour l’instant&#xa0;; vous aurez un nouveau rappel</translation>
    </message>
    <message>
        <source>You&apos;ve been sitting {0}.</source>
        <translation>Vous êtes assis depuis {0}.</translation>
    </message>
    <message>
        <source>S&amp;nooze {0} min</source>
        <translation>&amp;Reporter de {0} min</translation>
    </message>
    <message>
        <source>Snoozes left in a row: {0}</source>
        <translation>Reports restants d’affilée&#xa0;: {0}</translation>
    </message>
    <message>
        <source>No more snoozes — {0} in a row already</source>
        <translation>Plus de report — déjà {0} d’affilée</translation>
    </message>
    <message>
        <source>No more snoozes in a row</source>
        <translation>Plus de report d’affilée</translation>
    </message>
    <message>
        <source>{0} (Enter)</source>
        <translation>{0} (Entrée)</translation>
    </message>
    <message>
        <source>{0} (Esc)</source>
        <translation>{0} (Échap)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>Safety first</source>
        <translation>La sécurité d’abord</translation>
    </message>
    <message>
        <source>deadbutt-tray offers general exercise suggestions. It is not medical advice and cannot diagnose anything.</source>
        <translation>deadbutt-tray propose des exercices à titre général. Ce n’est pas un avis médical et il ne peut rien diagnostiquer.</translation>
    </message>
    <message>
        <source>Feeling your muscles work, and a mild stretch, is expected.</source>
        <translation>Sentir vos muscles travailler, et un léger étirement, c’est normal.</translation>
    </message>
    <message>
        <source>Stop if you feel sharp pain, pain that builds as you go, numbness, tingling or pain in a joint, and see a physical therapist before you do that exercise again.</source>
        <translation>Arrêtez si vous ressentez une douleur vive, une douleur qui augmente au fil de l’exercice, un engourdissement, des fourmillements ou une douleur dans une articulation, et consultez un kinésithérapeute avant de refaire cet exercice.</translation>
    </message>
    <message>
        <source>Stop at once and get medical help if you feel dizzy or faint, have chest pain, or are unusually short of breath.</source>
        <translation>Arrêtez immédiatement et demandez une aide médicale si vous avez des vertiges ou vous sentez près de vous évanouir, si vous avez une douleur dans la poitrine ou si vous êtes inhabituellement essoufflé.</translation>
    </message>
    <message>
        <source>Sore muscles the next day are normal. Pain or swelling that is worse the next day means ease off, or see a physical therapist if it does not settle.</source>
        <translation>Des courbatures le lendemain sont normales. Une douleur ou un gonflement qui est pire le lendemain signifie qu’il faut lever le pied, ou consulter un kinésithérapeute si cela ne passe pas.</translation>
    </message>
    <message>
        <source>If you have a recent injury or surgery, are pregnant, or have a health condition, check with a health professional before you start.</source>
        <translation>Si vous avez une blessure ou une opération récente, si vous êtes enceinte ou si vous avez un problème de santé, demandez l’avis d’un professionnel de santé avant de commencer.</translation>
    </message>
    <message>
        <source>Pregnant: later in pregnancy avoid long spells lying flat on your back. With pelvic girdle pain, leave out split stances, side steps and standing on one leg.</source>
        <translation>Enceinte&#xa0;: à mesure que la grossesse avance, évitez de rester longtemps allongée à plat sur le dos. En cas de douleur de la ceinture pelvienne, laissez de côté les positions fendues, les pas de côté et l’appui sur une jambe.</translation>
    </message>
    <message>
        <source>For exercises on one leg, keep a hand on your desk or another stable support, and wear shoes or go barefoot on a floor that does not slip: not socks on a smooth floor.</source>
        <translation>Pour les exercices sur une jambe, gardez une main sur votre bureau ou un autre appui stable, et portez des chaussures ou restez pieds nus sur un sol qui ne glisse pas&#xa0;: pas de chaussettes sur un sol lisse.</translation>
    </message>
    <message>
        <source>Effort and a mild stretch are fine. Sharp or building pain, numbness, tingling or joint pain: stop, and see a physical therapist. Dizziness, chest pain or unusual breathlessness: stop and get medical help.</source>
        <translation>L’effort et un léger étirement sont normaux. Douleur vive ou qui augmente, engourdissement, fourmillements ou douleur articulaire&#xa0;: arrêtez et consultez un kinésithérapeute. Vertiges, douleur dans la poitrine ou essoufflement inhabituel&#xa0;: arrêtez et demandez une aide médicale.</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Typing &quot;45&quot; into a spin box must not apply &quot;4&quot; first: edits settle this long.</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Sitting limit:</source>
        <translation>&amp;Limite de temps assis&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Heads-up before the prompt:</source>
        <translation>Pré&amp;avis avant le rappel&#xa0;:</translation>
    </message>
    <message>
        <source>Away time that counts as a &amp;break:</source>
        <translation>Absence qui compte comme &amp;pause&#xa0;:</translation>
    </message>
    <message>
        <source>Snooze le&amp;ngth:</source>
        <translation>Durée du &amp;report&#xa0;:</translation>
    </message>
    <message>
        <source>Snoozes in a ro&amp;w:</source>
        <translation>Reports d’a&amp;ffilée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remind again after:</source>
        <translation>Rappeler de nou&amp;veau après&#xa0;:</translation>
    </message>
    <message>
        <source>Remind me only during wor&amp;king hours</source>
        <translation>Rappeler seulement pendant les &amp;heures de travail</translation>
    </message>
    <message>
        <source>Work starts</source>
        <translation>Début du travail</translation>
    </message>
    <message>
        <source>Work ends</source>
        <translation>Fin du travail</translation>
    </message>
    <message>
        <source>Da&amp;ys:</source>
        <translation>&amp;Jours&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Quiet while a full-screen window is active</source>
        <translation>&amp;Silencieux quand une fenêtre est en plein écran</translation>
    </message>
    <message>
        <source>&amp;Play a sound with the prompt</source>
        <translation>Jouer un s&amp;on avec le rappel</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>Vol&amp;ume&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Idle detection:</source>
        <translation>Détection d’&amp;inactivité&#xa0;:</translation>
    </message>
    <message>
        <source>Language of &amp;menus and windows:</source>
        <translation>Langue des &amp;menus et fenêtres&#xa0;:</translation>
    </message>
    <message>
        <source>Pro&amp;gram level:</source>
        <translation>&amp;Niveau du programme&#xa0;:</translation>
    </message>
    <message>
        <source>Left-out e&amp;xercises:</source>
        <translation>E&amp;xercices écartés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Age range for balance norms:</source>
        <translation>Tranche d’â&amp;ge pour les normes d’équilibre&#xa0;:</translation>
    </message>
    <message>
        <source>Offer the home routine at a set ti&amp;me</source>
        <translation>Proposer la séan&amp;ce à la maison à heure fixe</translation>
    </message>
    <message>
        <source>A&amp;t:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Les&#xa0;:</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Daily program time</source>
        <translation>Heure du programme quotidien</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Heures de travail</translation>
    </message>
    <message>
        <source>Sound and notifications</source>
        <translation>Son et notifications</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>No snoozing</source>
        <translation>Pas de report</translation>
    </message>
    <message>
        <source>Automatic (recommended)</source>
        <translation>Automatique (recommandé)</translation>
    </message>
    <message>
        <source>X11 screen-saver extension</source>
        <translation>Extension d’économiseur d’écran X11</translation>
    </message>
    <message>
        <source>GNOME idle monitor</source>
        <translation>Moniteur d’inactivité de GNOME</translation>
    </message>
    <message>
        <source>freedesktop.org screen saver</source>
        <translation>Économiseur d’écran freedesktop.org</translation>
    </message>
    <message>
        <source>Wayland idle notification</source>
        <translation>Notification d’inactivité Wayland</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>macOS</source>
        <translation>macOS</translation>
    </message>
    <message>
        <source>Off: count breaks from screen lock and sleep only</source>
        <translation>Désactivée&#xa0;: compter les pauses seulement d’après le verrouillage et la veille</translation>
    </message>
    <message>
        <source>Wake up the butt</source>
        <translation>Réveiller les fessiers</translation>
    </message>
    <message>
        <source>Use it with your core</source>
        <translation>Avec le gainage</translation>
    </message>
    <message>
        <source>Put it all together</source>
        <translation>Tout ensemble</translation>
    </message>
    <message>
        <source>Glutes on their own, at a low load.</source>
        <translation>Les fessiers seuls, avec une faible charge.</translation>
    </message>
    <message>
        <source>Glutes at work with your trunk braced.</source>
        <translation>Les fessiers au travail, le tronc gainé.</translation>
    </message>
    <message>
        <source>On one leg and under load, as in running.</source>
        <translation>Sur une jambe et avec de la charge, comme en course.</translation>
    </message>
    <message>
        <source>{0} or older</source>
        <translation>{0} ou plus</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} à {1}</translation>
    </message>
    <message>
        <source>System ({0})</source>
        <translation>Système ({0})</translation>
    </message>
    <message>
        <source>deadbutt-tray settings</source>
        <extracomment>A valid change was made; carries the whole new ``Settings``. The app saves it.</extracomment>
        <translation>Paramètres de deadbutt-tray</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>none: idle detection is unavailable</source>
        <translation>aucune&#xa0;: détection d’inactivité indisponible</translation>
    </message>
    <message>
        <source>Working hours must end after they start.</source>
        <translation>Les heures de travail doivent finir après leur début.</translation>
    </message>
    <message>
        <source>Pick at least one working day.</source>
        <translation>Choisissez au moins un jour travaillé.</translation>
    </message>
    <message>
        <source>Pick at least one day.</source>
        <translation>Choisissez au moins un jour.</translation>
    </message>
    <message>
        <source>Kept left out, in case they hurt: {0}. Put any back with its button under Program.</source>
        <translation>Gardés à l’écart, au cas où ils feraient mal&#xa0;: {0}. Remettez-en un avec son bouton sous Programme.</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Set every setting back to its default? Start at login is not changed.</source>
        <translation>Remettre chaque paramètre à sa valeur par défaut&#xa0;? Le démarrage à l’ouverture de session n’est pas modifié.</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>Réta&amp;blir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Rétablir les valeurs par &amp;défaut</translation>
    </message>
    <message>
        <source>Ho&amp;urs:</source>
        <translation>Horair&amp;es&#xa0;:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Level {0}: {1}</source>
        <translation>Niveau {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Nothing is left out. If an exercise hurts, press “This hurts” during a break and it will be left out until you put it back here.</source>
        <translation>Rien n’est écarté. Si un exercice fait mal, appuyez sur « Ça fait mal » pendant une pause et il sera écarté jusqu’à ce que vous le remettiez ici.</translation>
    </message>
    <message>
        <source>Start deadbutt-tray when I &amp;log in</source>
        <translation>&amp;Démarrer deadbutt-tray à l’ouverture de session</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Démarrage à l’ouverture de session</translation>
    </message>
    <message>
        <source>Uses {0}</source>
        <translation>Utilise {0}</translation>
    </message>
    <message>
        <source>Idle detection in use</source>
        <translation>Détection d’inactivité utilisée</translation>
    </message>
    <message>
        <source>In us&amp;e:</source>
        <translation>U&amp;tilisée&#xa0;:</translation>
    </message>
    <message>
        <source>Why this idle detection</source>
        <translation>Pourquoi cette détection d’inactivité</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <source>Put back {0}</source>
        <translation>Remettre {0}</translation>
    </message>
    <message>
        <source>Include this exercise in routines again</source>
        <translation>Réintégrer cet exercice dans les séances</translation>
    </message>
    <message>
        <source>Include “{0}” in routines again</source>
        <translation>Réintégrer « {0} » dans les séances</translation>
    </message>
    <message>
        <source>Cannot tell whether it starts at login: {0}</source>
        <translation>Impossible de savoir s’il démarre à l’ouverture de session&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Could not change start at login: {0}</source>
        <translation>Impossible de modifier le démarrage à l’ouverture de session&#xa0;: {0}</translation>
    </message>
    <message>
        <source>GNOME shows tray icons only with the “AppIndicator and KStatusNotifierItem Support” extension. Install it (on Debian and Ubuntu: the gnome-shell-extension-appindicator package), turn it on in the Extensions app, then log out and back in.</source>
        <translation>GNOME n’affiche les icônes de la zone de notification qu’avec l’extension « AppIndicator and KStatusNotifierItem Support ». Installez-la (sous Debian et Ubuntu&#xa0;: le paquet gnome-shell-extension-appindicator), activez-la dans l’application Extensions, puis déconnectez-vous et reconnectez-vous.</translation>
    </message>
    <message>
        <source>Add the “System Tray” widget to your panel: right-click the panel, choose “Add Widgets…” and drag “System Tray” onto it.</source>
        <translation>Ajoutez le composant « Boîte à miniatures » à votre tableau de bord&#xa0;: clic droit sur le tableau de bord, « Ajouter des composants graphiques… », puis faites glisser « Boîte à miniatures » dessus.</translation>
    </message>
    <message>
        <source>Your bar needs its tray turned on: in waybar, add &quot;tray&quot; to one of the modules lists; in swaybar, remove any “tray_output none” line from the bar block. Then reload the bar.</source>
        <translation>Votre barre doit avoir sa zone de notification activée&#xa0;: dans waybar, ajoutez &quot;tray&quot; à l’une des listes de modules&#xa0;; dans swaybar, supprimez toute ligne « tray_output none » du bloc bar. Puis rechargez la barre.</translation>
    </message>
    <message>
        <source>Add “tray_output primary” to the bar { } block of your i3 config, make sure one monitor is primary (xrandr --output NAME --primary), then reload i3.</source>
        <translation>Ajoutez « tray_output primary » au bloc bar { } de votre configuration i3, assurez-vous qu’un écran est principal (xrandr --output NOM --primary), puis rechargez i3.</translation>
    </message>
    <message>
        <source>Your desktop has no system tray right now. Most panels can show one: look for a “System Tray”, “Notification Area” or “Status Notifier” item and add it to your panel, then start deadbutt-tray again.</source>
        <translation>Votre bureau n’a pas de zone de notification pour l’instant. La plupart des tableaux de bord peuvent en afficher une&#xa0;: cherchez un élément « Zone de notification », « Boîte à miniatures » ou « Status Notifier », ajoutez-le à votre tableau de bord, puis relancez deadbutt-tray.</translation>
    </message>
    <message>
        <source>Problem notice</source>
        <translation>Avis de problème</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Masquer cet avis</translation>
    </message>
    <message>
        <source>deadbutt-tray status</source>
        <translation>État de deadbutt-tray</translation>
    </message>
    <message>
        <source>Sitting progress</source>
        <translation>Progression du temps assis</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Status detail</source>
        <translation>Détail de l’état</translation>
    </message>
    <message>
        <source>Sitting limit</source>
        <translation>Limite de temps assis</translation>
    </message>
    <message>
        <source>Guided &amp;break</source>
        <translation>&amp;Pause guidée</translation>
    </message>
    <message>
        <source>Guided break</source>
        <translation>Pause guidée</translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation>Suspendre les &amp;rappels</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Suspendre les rappels</translation>
    </message>
    <message>
        <source>Latest notice</source>
        <translation>Dernier avis</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Demande votre attention</translation>
    </message>
    <message>
        <source>Want a tray icon instead?</source>
        <translation>Vous préférez une icône dans la zone de notification&#xa0;?</translation>
    </message>
    <message>
        <source>How to get a tray icon</source>
        <translation>Comment obtenir une icône dans la zone de notification</translation>
    </message>
    <message>
        <source>&amp;Got it</source>
        <translation>&amp;Compris</translation>
    </message>
    <message>
        <source>Dismiss the tray hint</source>
        <translation>Masquer le conseil sur la zone de notification</translation>
    </message>
    <message>
        <source>Sitting limit: {0}</source>
        <translation>Limite de temps assis&#xa0;: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n home routine(s)</source>
        <translation>
            <numerusform>%n séance à la maison</numerusform>
            <numerusform>%n séances à la maison</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n before a run</source>
        <translation>
            <numerusform>%n avant de courir</numerusform>
            <numerusform>%n avant de courir</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Faites</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partielles</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>Naturelles</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Reportées</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Passées</translation>
    </message>
    <message>
        <source>It hurt</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Home routine</source>
        <translation>Séance à la maison</translation>
    </message>
    <message>
        <source>Before a run</source>
        <translation>Avant de courir</translation>
    </message>
    <message>
        <source>0–15</source>
        <translation>0–15</translation>
    </message>
    <message>
        <source>15–30</source>
        <translation>15–30</translation>
    </message>
    <message>
        <source>30–45</source>
        <translation>30–45</translation>
    </message>
    <message>
        <source>45–60</source>
        <translation>45–60</translation>
    </message>
    <message>
        <source>60 +</source>
        <translation>60 +</translation>
    </message>
    <message>
        <source>Weekly summary</source>
        <translation>Bilan de la semaine</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ Semaine &amp;précédente</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <source>Previous week (← or Page Up)</source>
        <translation>Semaine précédente (← ou Page préc.)</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Cette &amp;semaine</translation>
    </message>
    <message>
        <source>Back to this week (Home)</source>
        <translation>Revenir à cette semaine (Début)</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>Semaine &amp;suivante ▶</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <source>Next week (→ or Page Down)</source>
        <translation>Semaine suivante (→ ou Page suiv.)</translation>
    </message>
    <message>
        <source>No records this week</source>
        <translation>Aucun enregistrement cette semaine</translation>
    </message>
    <message>
        <source>← → previous / next week · ↑ ↓ day · Home this week · Esc close</source>
        <translation>← → semaine précédente / suivante · ↑ ↓ jour · Début cette semaine · Échap fermer</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Tous les appareils</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Appareil&#xa0;:</translation>
    </message>
    <message>
        <source>Sitting per day (hours)</source>
        <translation>Temps assis par jour (heures)</translation>
    </message>
    <message>
        <source>Sitting per day</source>
        <translation>Temps assis par jour</translation>
    </message>
    <message>
        <source>Within the limit</source>
        <translation>Dans la limite</translation>
    </message>
    <message>
        <source>Beyond the limit</source>
        <translation>Au-delà de la limite</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Pauses par jour</translation>
    </message>
    <message>
        <source>Breaks and sessions per day</source>
        <translation>Pauses et séances par jour</translation>
    </message>
    <message>
        <source>Uninterrupted stretches (minutes)</source>
        <translation>Périodes assises sans interruption (minutes)</translation>
    </message>
    <message>
        <source>Stretch lengths</source>
        <translation>Durée des périodes assises</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Week before</source>
        <translation>Semaine d’avant</translation>
    </message>
    <message>
        <source>Day details</source>
        <translation>Détails du jour</translation>
    </message>
    <message>
        <source>The week in figures</source>
        <translation>La semaine en chiffres</translation>
    </message>
    <message>
        <source>Total sitting</source>
        <translation>Temps assis total</translation>
    </message>
    <message>
        <source>Within / beyond limit</source>
        <translation>Dans / au-delà de la limite</translation>
    </message>
    <message>
        <source>Longest stretch</source>
        <translation>Plus longue période assise</translation>
    </message>
    <message>
        <source>Average stretch</source>
        <translation>Période assise moyenne</translation>
    </message>
    <message>
        <source>Breaks completed</source>
        <translation>Pauses faites</translation>
    </message>
    <message>
        <source>Other answers</source>
        <translation>Autres réponses</translation>
    </message>
    <message>
        <source>Natural breaks</source>
        <translation>Pauses naturelles</translation>
    </message>
    <message>
        <source>Home / before a run</source>
        <translation>Maison / avant de courir</translation>
    </message>
    <message>
        <source>Guided-break time</source>
        <translation>Temps de pause guidée</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Program level</source>
        <translation>Niveau du programme</translation>
    </message>
    <message>
        <source>Balance (weaker leg)</source>
        <translation>Équilibre (jambe la plus faible)</translation>
    </message>
    <message>
        <source>Week {0} · {1} – {2}</source>
        <translation>Semaine {0} · {1} – {2}</translation>
    </message>
    <message>
        <source>This week could not be read</source>
        <translation>Impossible de lire cette semaine</translation>
    </message>
    <message>
        <source>Something went wrong reading the history; the log file says what.</source>
        <translation>Un problème est survenu à la lecture de l’historique&#xa0;; le fichier journal indique lequel.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>{0} min: {1} this week, {2} the week before</source>
        <translation>{0} min&#xa0;: {1} cette semaine, {2} la semaine d’avant</translation>
    </message>
    <message>
        <source>Of each stretch, the first {0} are within the sitting limit, the rest beyond.</source>
        <translation>De chaque période assise, les {0} premières sont dans la limite, le reste au-delà.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Temps assis</translation>
    </message>
    <message>
        <source>{0} ({1} within the {2} limit, {3} beyond it)</source>
        <translation>{0} ({1} dans la limite de {2}, {3} au-delà)</translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n stretch(es))</source>
        <translation>
            <numerusform>{0} (%n période assise)</numerusform>
            <numerusform>{0} (%n périodes assises)</numerusform>
        </translation>
    </message>
    <message>
        <source>no prompts this week</source>
        <translation>aucun rappel cette semaine</translation>
    </message>
    <message>
        <source>{0} partial · {1} skipped · {2} snoozed</source>
        <translation>{0} partielles · {1} passées · {2} reportées</translation>
    </message>
    <message numerus="yes">
        <source>%n stopped: it hurt</source>
        <translation>
            <numerusform>%n arrêtée&#xa0;: douleur</numerusform>
            <numerusform>%n arrêtées&#xa0;: douleur</numerusform>
        </translation>
    </message>
    <message>
        <source>--sit-limit must be a number of minutes more than 0 and at most {0} (fractions allowed, e.g. {1}), not {2}</source>
        <translation>--sit-limit doit être un nombre de minutes supérieur à 0 et au plus {0} (décimales permises, p.&#xa0;ex. {1}), pas {2}</translation>
    </message>
    <message>
        <source>A tray app that tracks continuous sitting and prompts short hip-extension and glute-activation breaks. Run without a command to start it.</source>
        <translation>Une application de la zone de notification qui suit le temps assis sans interruption et propose de courtes pauses d’extension de hanche et d’activation des fessiers. Lancée sans commande, elle démarre.</translation>
    </message>
    <message>
        <source>Files live in the platform&apos;s folders, or all under --data-dir / ${0}.</source>
        <translation>Les fichiers sont dans les dossiers du système, ou tous sous --data-dir / ${0}.</translation>
    </message>
    <message>
        <source>keep settings, history, exercises and logs under DIR (or set ${0})</source>
        <translation>garder paramètres, historique, exercices et journaux sous DIR (ou définir ${0})</translation>
    </message>
    <message>
        <source>sitting limit for this run only; fractions allowed (e.g. 0.1 to watch a cycle)</source>
        <translation>limite de temps assis pour cette exécution seulement&#xa0;; fractions permises (par ex. 0.1 pour voir un cycle)</translation>
    </message>
    <message>
        <source>also log to stderr</source>
        <translation>journaliser aussi sur stderr</translation>
    </message>
    <message>
        <source>validate settings, history and exercise files; exit 1 if anything is wrong</source>
        <translation>vérifier les fichiers de paramètres, d’historique et d’exercices&#xa0;; code de sortie 1 si quelque chose ne va pas</translation>
    </message>
    <message>
        <source>Validate the settings file, every history file, the exercise library, its translations and your own exercises. Prints each problem with file, key and what is accepted; exits 1 if there are any, 0 otherwise.</source>
        <translation>Vérifie le fichier de paramètres, chaque fichier d’historique, la bibliothèque d’exercices, ses traductions et vos propres exercices. Affiche chaque problème avec le fichier, la clé et ce qui est accepté&#xa0;; code de sortie 1 s’il y en a, 0 sinon.</translation>
    </message>
    <message>
        <source>also list every exercise text not yet translated into LANG (e.g. de)</source>
        <translation>lister aussi chaque texte d’exercice pas encore traduit en LANG (par ex. de)</translation>
    </message>
    <message>
        <source>start the tray app (the default)</source>
        <translation>démarrer l’application de la zone de notification (par défaut)</translation>
    </message>
    <message>
        <source>start a guided break in the running app (starting the app if needed)</source>
        <translation>lancer une pause guidée dans l’application en cours (en la démarrant si besoin)</translation>
    </message>
    <message>
        <source>Start a guided break. Without --routine, the desk micro-break of your level; &apos;home&apos; is the home routine of your level; or a routine id such as home-2 or pre-run.</source>
        <translation>Lance une pause guidée. Sans --routine, la micro-pause au bureau de votre niveau&#xa0;; &apos;home&apos; est la séance à la maison de votre niveau&#xa0;; ou l’id d’une séance comme home-2 ou pre-run.</translation>
    </message>
    <message>
        <source>desk-micro (the default), home, pre-run, or a routine id such as home-2</source>
        <translation>desk-micro (par défaut), home, pre-run, ou l’id d’une séance comme home-2</translation>
    </message>
    <message>
        <source>hold reminders for MINUTES, or until tomorrow (sitting keeps counting)</source>
        <translation>suspendre les rappels pendant MINUTES minutes, ou jusqu’à demain (le temps assis continue d’être compté)</translation>
    </message>
    <message>
        <source>end a pause</source>
        <translation>mettre fin à une suspension</translation>
    </message>
    <message>
        <source>quit the running app (it saves the sitting span)</source>
        <translation>quitter l’application en cours (elle enregistre la période assise)</translation>
    </message>
    <message>
        <source>print the running app&apos;s live state (for panels and scripts); exit 3 if not running</source>
        <translation>afficher l’état actuel de l’application en cours (pour les barres et les scripts)&#xa0;; code de sortie 3 si elle ne tourne pas</translation>
    </message>
    <message>
        <source>Print one line on the running app&apos;s state, e.g. &apos;Sitting for 23 min · next break in 7 min&apos;. With --json, one JSON object for waybar / polybar custom modules: text, tooltip, class (sitting, due, paused, away, off), percentage (of the sitting limit), sitting_seconds, limit_seconds, next_break. Exits 3 when no copy is running.</source>
        <translation>Affiche une ligne sur l’état de l’application en cours, par ex. &apos;Assis depuis 23 min · prochaine pause dans 7 min&apos;. Avec --json, un objet JSON pour les modules personnalisés de waybar / polybar&#xa0;: text, tooltip, class (sitting, due, paused, away, off), percentage (de la limite de temps assis), sitting_seconds, limit_seconds, next_break. Code de sortie 3 si aucune instance ne tourne.</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>afficher un objet JSON</translation>
    </message>
    <message>
        <source>print the weekly sitting summary (this week, or --week YYYY-Www)</source>
        <translation>afficher le bilan hebdomadaire du temps assis (cette semaine, ou --week YYYY-Www)</translation>
    </message>
    <message>
        <source>Print the figures of the weekly summary window for one ISO week: sitting within and beyond the limit, stretches, breaks, streak, balance, and a comparison with the week before.</source>
        <translation>Affiche les chiffres du bilan de la semaine pour une semaine ISO&#xa0;: temps assis dans et au-delà de la limite, périodes assises, pauses, série, équilibre, et une comparaison avec la semaine d’avant.</translation>
    </message>
    <message>
        <source>the ISO week, e.g. 2026-W48</source>
        <translation>la semaine ISO, par ex. 2026-W48</translation>
    </message>
    <message>
        <source>print the figures as JSON</source>
        <translation>afficher les chiffres en JSON</translation>
    </message>
    <message>
        <source>export history records as CSV or JSON for spreadsheets</source>
        <translation>exporter les enregistrements de l’historique en CSV ou JSON pour les tableurs</translation>
    </message>
    <message>
        <source>Write history records (one row per record, with a &apos;type&apos; column) to FILE. Without --from/--to, all of it. Dates are local days, both included.</source>
        <translation>Écrit les enregistrements de l’historique (une ligne par enregistrement, avec une colonne &apos;type&apos;) dans FILE. Sans --from/--to, tout. Les dates sont des jours locaux, tous deux inclus.</translation>
    </message>
    <message>
        <source>the file to write (&apos;-&apos; for stdout)</source>
        <translation>le fichier à écrire (&apos;-&apos; pour la sortie standard)</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>remplacer FILE s’il existe</translation>
    </message>
    <message>
        <source>{0} is not a date: write it like 2026-11-24</source>
        <translation>{0} n’est pas une date&#xa0;: écrivez-la comme 2026-11-24</translation>
    </message>
    <message>
        <source>{0} is not accepted: whole minutes from 1 to 1440, or &apos;tomorrow&apos;</source>
        <translation>{0} n’est pas accepté&#xa0;: des minutes entières de 1 à 1440, ou &apos;tomorrow&apos;</translation>
    </message>
    <message>
        <source>pause for 1 to 1440 minutes, or &apos;tomorrow&apos;</source>
        <translation>suspendre de 1 à 1440 minutes, ou &apos;tomorrow&apos;</translation>
    </message>
    <message>
        <source>unknown routine {0}; known are: {1}</source>
        <translation>routine inconnue {0} ; routines connues : {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problème trouvé.</numerusform>
            <numerusform>%n problèmes trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>All good: {0} checked ({1}, {2} of which {3} your own, {4}).</source>
        <translation>Tout va bien&#xa0;: {0} vérifiés ({1}, {2} dont {3} à vous, {4}).</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history month(s)</source>
        <translation>
            <numerusform>%n mois d’historique</numerusform>
            <numerusform>%n mois d’historique</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n exercice</numerusform>
            <numerusform>%n exercices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>No history files of device {0} in {1} (devices: {2}).</source>
        <translation>Aucun fichier d’historique de l’appareil {0} dans {1} (appareils&#xa0;: {2}).</translation>
    </message>
    <message numerus="yes">
        <source>%n history problem(s): the output leaves those records out (exit status {0}). Nothing was changed; `{1} check` lists them.</source>
        <translation>
            <numerusform>%n problème d’historique&#xa0;: la sortie laisse ces enregistrements de côté (code de sortie {0}). Rien n’a été modifié&#xa0;; `{1} check` les liste.</numerusform>
            <numerusform>%n problèmes d’historique&#xa0;: la sortie laisse ces enregistrements de côté (code de sortie {0}). Rien n’a été modifié&#xa0;; `{1} check` les liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: {0}</source>
        <translation>avertissement&#xa0;: {0}</translation>
    </message>
    <message>
        <source>--from {0} is after --to {1}: nothing to export</source>
        <translation>--from {0} est après --to {1}&#xa0;: rien à exporter</translation>
    </message>
    <message>
        <source>{0} already exists; add --force to replace it</source>
        <translation>{0} existe déjà ; ajoutez --force pour le remplacer</translation>
    </message>
    <message>
        <source>Can&apos;t write {0}: {1}</source>
        <translation>Impossible d’écrire {0}&#xa0;: {1}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {0}.</source>
        <translation>
            <numerusform>%n enregistrement exporté vers {0}.</numerusform>
            <numerusform>%n enregistrements exportés vers {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Can&apos;t read the history folder {0}: {1}. Nothing exported.</source>
        <translation>Impossible de lire le dossier d’historique {0}&#xa0;: {1}. Rien n’a été exporté.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n jour d’affilée</numerusform>
            <numerusform>%n jours d’affilée</numerusform>
        </translation>
    </message>
    <message>
        <source>at least {0}</source>
        <translation>au moins {0}</translation>
    </message>
    <message>
        <source>Days with at least {0} completed or natural breaks (fewer on a day with little sitting). Days without sitting don&apos;t count either way.</source>
        <translation>Jours avec au moins {0} pauses faites ou naturelles (moins un jour où vous êtes peu assis). Les jours sans temps assis ne comptent ni pour ni contre.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>The latest single-leg balance test, eyes open: the weaker leg&apos;s time.</source>
        <translation>Le dernier test d’équilibre sur une jambe, yeux ouverts&#xa0;: le temps de la jambe la plus faible.</translation>
    </message>
    <message>
        <source>no test these two weeks</source>
        <translation>pas de test ces deux semaines</translation>
    </message>
    <message>
        <source>{0}, {1}{2:.0f} s on the test before</source>
        <translation>{0}, {1}{2:.0f} s au test précédent</translation>
    </message>
    <message>
        <source>{0} (week before)</source>
        <translation>{0} (semaine d’avant)</translation>
    </message>
    <message>
        <source>{0} · pelvis drop standing on the right</source>
        <translation>{0} · bassin qui descend, en appui sur la jambe droite</translation>
    </message>
    <message>
        <source>{0} · pelvis drop standing on the left</source>
        <translation>{0} · bassin qui descend, en appui sur la jambe gauche</translation>
    </message>
    <message>
        <source>year {year} is not accepted: 1 to 9998</source>
        <translation>l’année {year} n’est pas acceptée : de 1 à 9998</translation>
    </message>
    <message>
        <source>{year} has weeks 1 to {last}, not week {week}</source>
        <translation>{year} a les semaines 1 à {last}, pas de semaine {week}</translation>
    </message>
    <message>
        <source>{text} is not a week: write it like 2026-W48</source>
        <translation>{text} n’est pas une semaine : écrivez-la comme 2026-W48</translation>
    </message>
    <message>
        <source>{text} is not accepted: the summary reads the weeks on either side too, so 0001-W02 to 9998-W51</source>
        <translation>{text} n’est pas accepté : le résumé lit aussi les semaines d’avant et d’après, donc de 0001-W02 à 9998-W51</translation>
    </message>
    <message>
        <source>Nothing was recorded the week before, so there is nothing to compare with.</source>
        <translation>Rien n’a été enregistré la semaine d’avant, il n’y a donc rien à comparer.</translation>
    </message>
    <message>
        <source>So far about as much sitting as by this time last week.</source>
        <translation>Pour l’instant, à peu près autant de temps assis qu’à la même heure la semaine dernière.</translation>
    </message>
    <message>
        <source>About as much sitting as the week before.</source>
        <translation>À peu près autant de temps assis que la semaine d’avant.</translation>
    </message>
    <message>
        <source>So far you sat {0} less than by this time last week.</source>
        <translation>Pour l’instant, vous êtes resté assis {0} de moins qu’à la même heure la semaine dernière.</translation>
    </message>
    <message>
        <source>So far you sat {0} more than by this time last week.</source>
        <translation>Pour l’instant, vous êtes resté assis {0} de plus qu’à la même heure la semaine dernière.</translation>
    </message>
    <message>
        <source>You sat {0} less than the week before.</source>
        <translation>Vous êtes resté assis {0} de moins que la semaine d’avant.</translation>
    </message>
    <message>
        <source>You sat {0} more than the week before.</source>
        <translation>Vous êtes resté assis {0} de plus que la semaine d’avant.</translation>
    </message>
    <message>
        <source>Mon</source>
        <comment>short weekday</comment>
        <translation>lun.</translation>
    </message>
    <message>
        <source>Tue</source>
        <comment>short weekday</comment>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Wed</source>
        <comment>short weekday</comment>
        <translation>mer.</translation>
    </message>
    <message>
        <source>Thu</source>
        <comment>short weekday</comment>
        <translation>jeu.</translation>
    </message>
    <message>
        <source>Fri</source>
        <comment>short weekday</comment>
        <translation>ven.</translation>
    </message>
    <message>
        <source>Sat</source>
        <comment>short weekday</comment>
        <translation>sam.</translation>
    </message>
    <message>
        <source>Sun</source>
        <comment>short weekday</comment>
        <translation>dim.</translation>
    </message>
    <message>
        <source>Jan</source>
        <comment>short month</comment>
        <translation>janv.</translation>
    </message>
    <message>
        <source>Feb</source>
        <comment>short month</comment>
        <translation>févr.</translation>
    </message>
    <message>
        <source>Mar</source>
        <comment>short month</comment>
        <translation>mars</translation>
    </message>
    <message>
        <source>Apr</source>
        <comment>short month</comment>
        <translation>avr.</translation>
    </message>
    <message>
        <source>May</source>
        <comment>short month</comment>
        <translation>mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <comment>short month</comment>
        <translation>juin</translation>
    </message>
    <message>
        <source>Jul</source>
        <comment>short month</comment>
        <translation>juil.</translation>
    </message>
    <message>
        <source>Aug</source>
        <comment>short month</comment>
        <translation>août</translation>
    </message>
    <message>
        <source>Sep</source>
        <comment>short month</comment>
        <translation>sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <comment>short month</comment>
        <translation>oct.</translation>
    </message>
    <message>
        <source>Nov</source>
        <comment>short month</comment>
        <translation>nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <comment>short month</comment>
        <translation>déc.</translation>
    </message>
    <message>
        <source>{0} {1} {2}</source>
        <comment>date: short weekday, day, short month</comment>
        <translation>{0} {1} {2}</translation>
    </message>
    <message>
        <source>Week {0} · {1} – {2} {3}</source>
        <translation>Semaine {0} · {1} – {2} {3}</translation>
    </message>
    <message>
        <source>This week has not begun yet.</source>
        <translation>Cette semaine n’a pas encore commencé.</translation>
    </message>
    <message>
        <source>Nothing recorded yet this week: sitting shows up once a stretch ends.</source>
        <translation>Rien d’enregistré pour l’instant cette semaine&#xa0;: le temps assis apparaît à la fin d’une période assise.</translation>
    </message>
    <message>
        <source>Nothing was recorded this week.</source>
        <translation>Rien n’a été enregistré cette semaine.</translation>
    </message>
    <message>
        <source>The week before: {0} of sitting.</source>
        <translation>La semaine d’avant&#xa0;: {0} assis.</translation>
    </message>
    <message>
        <source>{0} completed of {1} prompted{2}</source>
        <translation>{0} faites sur {1} rappels{2}</translation>
    </message>
    <message>
        <source>{0} partial, {1} skipped, {2} snoozed; {3} natural; {4} stopped for pain</source>
        <translation>{0} partielles, {1} passées, {2} reportées&#xa0;; {3} naturelles&#xa0;; {4} arrêtées pour douleur</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Guided breaks</source>
        <translation>Pauses guidées</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Équilibre</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Dans</translation>
    </message>
    <message>
        <source>Beyond</source>
        <translation>Au-delà</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Plus longue</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Breaks (completed/prompted, natural)  Sessions</source>
        <translation>Pauses (faites/rappels, naturelles)  Séances</translation>
    </message>
    <message>
        <source>, {0} stopped for pain</source>
        <translation>, {0} arrêtées pour douleur</translation>
    </message>
    <message>
        <source>Uninterrupted stretches</source>
        <translation>Périodes assises sans interruption</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>cette semaine</translation>
    </message>
    <message>
        <source>the week before</source>
        <translation>la semaine d’avant</translation>
    </message>
    <message>
        <source>under 15 min</source>
        <translation>moins de 15 min</translation>
    </message>
    <message>
        <source>15–30 min</source>
        <translation>15–30 min</translation>
    </message>
    <message>
        <source>30–45 min</source>
        <translation>30–45 min</translation>
    </message>
    <message>
        <source>45–60 min</source>
        <translation>45–60 min</translation>
    </message>
    <message>
        <source>60 min or more</source>
        <translation>60 min ou plus</translation>
    </message>
    <message numerus="yes">
        <source>%n break(s)</source>
        <translation>
            <numerusform>%n pause</numerusform>
            <numerusform>%n pauses</numerusform>
        </translation>
    </message>
    <message>
        <source>no day in a row yet with the daily target of {0}</source>
        <translation>pas encore de jour d’affilée avec l’objectif quotidien de {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} in a row with the daily target of {1}</source>
        <translation>{0} d’affilée avec l’objectif quotidien de {1}</translation>
    </message>
    <message>
        <source>no test in these two weeks</source>
        <translation>pas de test ces deux semaines</translation>
    </message>
    <message>
        <source>{0:.0f} s on the weaker leg, eyes open</source>
        <translation>{0:.0f} s sur la jambe la plus faible, yeux ouverts</translation>
    </message>
    <message>
        <source> (tested the week before)</source>
        <translation> (testé la semaine d’avant)</translation>
    </message>
    <message>
        <source>; about the same as the test before</source>
        <translation>&#xa0;; à peu près comme au test précédent</translation>
    </message>
    <message>
        <source>; {0:.0f} s up on the test before</source>
        <translation>&#xa0;; {0:.0f} s de plus qu’au test précédent</translation>
    </message>
    <message>
        <source>; {0:.0f} s down on the test before</source>
        <translation>&#xa0;; {0:.0f} s de moins qu’au test précédent</translation>
    </message>
    <message>
        <source>; pelvis drop standing on the right</source>
        <translation>&#xa0;; bassin qui descend en appui à droite</translation>
    </message>
    <message>
        <source>; pelvis drop standing on the left</source>
        <translation>&#xa0;; bassin qui descend en appui à gauche</translation>
    </message>
    <message>
        <source>This week hasn&apos;t begun yet</source>
        <translation>Cette semaine n’a pas encore commencé</translation>
    </message>
    <message>
        <source>Nothing recorded yet this week</source>
        <translation>Rien d’enregistré pour l’instant cette semaine</translation>
    </message>
    <message>
        <source>Your sitting shows up here each time a stretch ends, so at your next break.</source>
        <translation>Votre temps assis apparaît ici chaque fois qu’une période assise se termine, donc à votre prochaine pause.</translation>
    </message>
    <message>
        <source>Nothing recorded this week</source>
        <translation>Rien d’enregistré cette semaine</translation>
    </message>
    <message>
        <source>The app wasn&apos;t running, or you were away from the desk.</source>
        <translation>L’application ne tournait pas, ou vous n’étiez pas à votre bureau.</translation>
    </message>
    <message numerus="yes">
        <source>The week before: {0} of sitting, %n break(s) completed.</source>
        <translation>
            <numerusform>La semaine d’avant&#xa0;: {0} assis, %n pause faite.</numerusform>
            <numerusform>La semaine d’avant&#xa0;: {0} assis, %n pauses faites.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use ← and → to see other weeks.</source>
        <translation>Utilisez ← et → pour voir d’autres semaines.</translation>
    </message>
    <message>
        <source>{0}: still to come.</source>
        <translation>{0}&#xa0;: à venir.</translation>
    </message>
    <message>
        <source>{0} (today): nothing recorded yet.</source>
        <translation>{0} (aujourd’hui)&#xa0;: rien d’enregistré pour l’instant.</translation>
    </message>
    <message>
        <source>{0}: no sitting recorded.</source>
        <translation>{0}&#xa0;: aucun temps assis enregistré.</translation>
    </message>
    <message>
        <source>{0}: sat {1} — {2} within the limit, {3} beyond it.</source>
        <translation>{0}&#xa0;: assis {1} — {2} dans la limite, {3} au-delà.</translation>
    </message>
    <message numerus="yes">
        <source>Longest stretch {0} (%n stretch(es) ended this day).</source>
        <translation>
            <numerusform>Plus longue période assise {0} (%n période terminée ce jour-là).</numerusform>
            <numerusform>Plus longue période assise {0} (%n périodes terminées ce jour-là).</numerusform>
        </translation>
    </message>
    <message>
        <source>Breaks: {0} completed, {1} partial, {2} natural; {3} snoozed, {4} skipped.</source>
        <translation>Pauses&#xa0;: {0} faites, {1} partielles, {2} naturelles&#xa0;; {3} reportées, {4} passées.</translation>
    </message>
    <message numerus="yes">
        <source>%n stopped because it hurt.</source>
        <translation>
            <numerusform>%n arrêtée à cause d’une douleur.</numerusform>
            <numerusform>%n arrêtées à cause d’une douleur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Guided: {0}.</source>
        <translation>Guidée&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Sessions: {0}.</source>
        <translation>Séances&#xa0;: {0}.</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n prompt(s) ({1})</source>
        <translation>
            <numerusform>{0} sur %n rappel ({1})</numerusform>
            <numerusform>{0} sur %n rappels ({1})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daily target of %n break(s) reached.</source>
        <translation>
            <numerusform>Objectif quotidien de %n pause atteint.</numerusform>
            <numerusform>Objectif quotidien de %n pauses atteint.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daily target of %n break(s) missed ({0}).</source>
        <translation>
            <numerusform>Objectif quotidien de %n pause manqué ({0}).</numerusform>
            <numerusform>Objectif quotidien de %n pauses manqué ({0}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n break(s) for today&apos;s target so far.</source>
        <translation>
            <numerusform>{0} sur %n pause pour l’objectif du jour jusqu’ici.</numerusform>
            <numerusform>{0} sur %n pauses pour l’objectif du jour jusqu’ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>moins d’une minute</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <source>0 min</source>
        <translation>0 min</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <source>{0} min {1} s</source>
        <translation>{0} min {1} s</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format: day and short month</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format: day, short month and year</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>date format: weekday, day and month</comment>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <comment>chart label: short weekday name and day of the month</comment>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>your balance improved from {0} to {1} on the weaker leg</source>
        <translation>votre équilibre est passé de {0} à {1} sur la jambe la plus faible</translation>
    </message>
    <message>
        <source>you balance {0} on each leg</source>
        <translation>vous tenez {0} en équilibre sur chaque jambe</translation>
    </message>
    <message>
        <source>{0} {1} at level {2}, and {3}.</source>
        <comment>level suggestion: breaks, days, level, balance</comment>
        <translation>{0} {1} au niveau {2}, et {3}.</translation>
    </message>
    <message numerus="yes">
        <source>%n completed break(s)</source>
        <translation>
            <numerusform>%n pause faite</numerusform>
            <numerusform>%n pauses faites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n different day(s)</source>
        <translation>
            <numerusform>sur %n jour</numerusform>
            <numerusform>sur %n jours différents</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle detection is off, as chosen in Settings: breaks are counted from screen lock and sleep, and when you take them.</source>
        <translation>La détection d’inactivité est désactivée, comme choisi dans les Paramètres&#xa0;: les pauses sont comptées d’après le verrouillage de l’écran et la mise en veille, et quand vous les faites.</translation>
    </message>
    <message>
        <source>none, as chosen (screen lock and sleep only)</source>
        <translation>aucune, comme choisi (seulement verrouillage de l’écran et veille)</translation>
    </message>
    <message>
        <source>Away from the desk · sitting resets after a short break</source>
        <translation>Loin du bureau · le temps assis repart à zéro après une courte pause</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Sitting for {0}</source>
        <translation>Assis depuis {0}</translation>
    </message>
    <message>
        <source>{0} · paused until {1}</source>
        <translation>{0} · en pause jusqu’à {1}</translation>
    </message>
    <message>
        <source>{0} · outside working hours</source>
        <translation>{0} · hors des heures de travail</translation>
    </message>
    <message>
        <source>{0} · do not disturb</source>
        <translation>{0} · ne pas déranger</translation>
    </message>
    <message>
        <source>{0} · break due now</source>
        <translation>{0} · pause à faire maintenant</translation>
    </message>
    <message>
        <source>{0} · next break in {1} min</source>
        <translation>{0} · prochaine pause dans {1} min</translation>
    </message>
    <message>
        <source>&amp;Snooze / Pause</source>
        <translation>&amp;Reporter / Suspendre</translation>
    </message>
    <message>
        <source>Welcome to deadbutt-tray</source>
        <translation>Bienvenue dans deadbutt-tray</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Long hours in a chair leave the glutes switched off. deadbutt-tray keeps an eye on how long you have been sitting and, at the right moment, suggests a short break that wakes them up.</source>
        <translation>De longues heures sur une chaise mettent les fessiers en veille. deadbutt-tray surveille depuis combien de temps vous êtes assis et, au bon moment, vous propose une courte pause qui les réveille.</translation>
    </message>
    <message>
        <source>You will get a nudge after {0} of sitting without a real break. Stepping away from the computer for a few minutes counts as a break too. You can change the limit in Settings.</source>
        <translation>Vous recevrez un rappel après {0} assis sans vraie pause. S’éloigner de l’ordinateur quelques minutes compte aussi comme une pause. Vous pouvez changer la limite dans les Paramètres.</translation>
    </message>
    <message>
        <source>Everything stays on this computer, as plain text files in a folder you can open from About:</source>
        <translation>Tout reste sur cet ordinateur, en simples fichiers texte dans un dossier que vous pouvez ouvrir depuis À propos&#xa0;:</translation>
    </message>
    <message>
        <source>Let&apos;s go</source>
        <translation>C’est parti</translation>
    </message>
    <message>
        <source>Daily program — deadbutt-tray</source>
        <translation>Programme quotidien — deadbutt-tray</translation>
    </message>
    <message>
        <source>Daily program</source>
        <translation>Programme quotidien</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s): the log has each of them, and deadbutt-tray check lists those in your files.</source>
        <translation>
            <numerusform>%n autre problème&#xa0;: le journal les détaille tous, et deadbutt-tray check liste ceux de vos fichiers.</numerusform>
            <numerusform>%n autres problèmes&#xa0;: le journal les détaille tous, et deadbutt-tray check liste ceux de vos fichiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time for your home routine ({0}).</source>
        <translation>C’est l’heure de votre séance à la maison ({0}).</translation>
    </message>
    <message numerus="yes">
        <source>Level {0}, %n exercise(s), some on the floor: a mat or a rug helps.</source>
        <translation>
            <numerusform>Niveau {0}, %n exercice, certains au sol&#xa0;: un tapis aide.</numerusform>
            <numerusform>Niveau {0}, %n exercices, certains au sol&#xa0;: un tapis aide.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start home routine</source>
        <translation>&amp;Commencer la séance à la maison</translation>
    </message>
    <message>
        <source>&amp;Later ({0})</source>
        <translation>Plus &amp;tard ({0})</translation>
    </message>
    <message>
        <source>S&amp;kip today</source>
        <translation>&amp;Passer aujourd’hui</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s&#xa0;: erreur&#xa0;: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont requis&#xa0;: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide&#xa0;: %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide&#xa0;: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>{0}%</source>
        <comment>percentage</comment>
        <translation>{0}&#x202f;%</translation>
    </message>
    <message>
        <source>the running copy refused</source>
        <translation>l’instance en cours a refusé</translation>
    </message>
    <message>
        <source>{0} is not running.</source>
        <translation>{0} ne tourne pas.</translation>
    </message>
    <message>
        <source>{0} is already running; showed it.</source>
        <translation>{0} tourne déjà&#xa0;; il a été affiché.</translation>
    </message>
    <message>
        <source>{0} is not running (start it with: {0}).</source>
        <translation>{0} ne tourne pas (lancez-le avec&#xa0;: {0}).</translation>
    </message>
    <message>
        <source>{id} is already used</source>
        <translation>{id} est déjà utilisé</translation>
    </message>
    <message>
        <source>{id} is already used by {other}; skipped</source>
        <translation>{id} est déjà utilisé par {other} ; ignoré</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>illisible ({reason})</translation>
    </message>
    <message>
        <source>larger than {size} KB</source>
        <translation>plus de {size} Ko</translation>
    </message>
    <message>
        <source>{problem}; the file was skipped</source>
        <translation>{problem} ; le fichier a été ignoré</translation>
    </message>
    <message>
        <source>{id} is not accepted: it must match the file name ({name})</source>
        <translation>{id} n’est pas accepté : il doit correspondre au nom du fichier ({name})</translation>
    </message>
    <message>
        <source>two words, for the first and the second half of a repetition, from: {choices}; e.g. [&quot;Down&quot;, &quot;Up&quot;]</source>
        <translation>deux mots, pour la première et la seconde moitié d’une répétition, parmi : {choices} ; p.&#xa0;ex. [&quot;Down&quot;, &quot;Up&quot;]</translation>
    </message>
    <message>
        <source>is missing or not a table: accepted is [dose] with sets, reps and/or hold_s, sides = &quot;both&quot; | &quot;each&quot;, tempo_s, rest_s</source>
        <translation>manquant ou pas une table : attendu [dose] avec sets, reps et/ou hold_s, sides = &quot;both&quot; | &quot;each&quot;, tempo_s, rest_s</translation>
    </message>
    <message>
        <source>is missing: give reps (repetitions), hold_s (seconds), or both</source>
        <translation>manquant : indiquez reps (répétitions), hold_s (secondes), ou les deux</translation>
    </message>
    <message>
        <source>is not accepted: [[pose]] tables, one per frame</source>
        <translation>n’est pas accepté : des tables [[pose]], une par image</translation>
    </message>
    <message numerus="yes">
        <source>has %n table(s): accepted is 2 to {most} [[pose]] tables, the start position first and the end position last</source>
        <translation>
            <numerusform>a %n table : attendu de 2 à {most} tables [[pose]], la position de départ en premier et la position finale en dernier</numerusform>
            <numerusform>a %n tables : attendu de 2 à {most} tables [[pose]], la position de départ en premier et la position finale en dernier</numerusform>
        </translation>
    </message>
    <message>
        <source>a table of point = surface, e.g. {example}; points: {points}; surfaces: {surfaces}</source>
        <translation>une table point = surface, p.&#xa0;ex. {example} ; points : {points} ; surfaces : {surfaces}</translation>
    </message>
    <message>
        <source>a list of 2 to {most} relative paths of .svg files, e.g. {example}, start first and end last</source>
        <translation>une liste de 2 à {most} chemins relatifs de fichiers .svg, p.&#xa0;ex. {example}, le début en premier et la fin en dernier</translation>
    </message>
    <message numerus="yes">
        <source>has %n path(s) but there are {poses} [[pose]] tables: accepted is one frame per pose</source>
        <translation>
            <numerusform>a %n chemin mais il y a {poses} tables [[pose]] : attendu une image par pose</numerusform>
            <numerusform>a %n chemins mais il y a {poses} tables [[pose]] : attendu une image par pose</numerusform>
        </translation>
    </message>
    <message>
        <source>{paths} not found (relative to {folder}); the generic pictures are used</source>
        <translation>{paths} introuvable (relatif à {folder}) ; les images génériques sont utilisées</translation>
    </message>
    <message>
        <source>a list of 1 to 20 exercise ids</source>
        <translation>une liste de 1 à 20 identifiants d’exercices</translation>
    </message>
    <message>
        <source>{id} is not a known exercise; accepted: the id of a file in exercises/</source>
        <translation>{id} n’est pas un exercice connu ; attendu : l’identifiant d’un fichier de exercises/</translation>
    </message>
    <message>
        <source>tables [doses.&lt;exercise id&gt;] with sets, reps and/or hold_s, for exercises of this routine</source>
        <translation>des tables [doses.&lt;identifiant d’exercice&gt;] avec sets, reps et/ou hold_s, pour des exercices de cette routine</translation>
    </message>
    <message>
        <source>{id} is not an exercise of this routine&apos;s list</source>
        <translation>{id} n’est pas un exercice de la liste de cette routine</translation>
    </message>
    <message>
        <source>a table with sets, reps and/or hold_s</source>
        <translation>une table avec sets, reps et/ou hold_s</translation>
    </message>
    <message>
        <source>is not accepted: the exercise is a hold, not repetitions</source>
        <translation>n’est pas accepté : l’exercice est un maintien, pas des répétitions</translation>
    </message>
    <message>
        <source>unknown table; use &quot;exercises&quot; or &quot;routines&quot;</source>
        <extracomment>The translatable fields: a text, or a list of texts (as many as the English one has).</extracomment>
        <translation>table inconnue ; utilisez &quot;exercises&quot; ou &quot;routines&quot;</translation>
    </message>
    <message>
        <source>must be a table of ids</source>
        <translation>doit être une table d’identifiants</translation>
    </message>
    <message>
        <source>unknown id {id}</source>
        <translation>identifiant inconnu {id}</translation>
    </message>
    <message>
        <source>must be a table of {fields}</source>
        <translation>doit être une table de {fields}</translation>
    </message>
    <message>
        <source>unknown field; translatable fields: {fields}</source>
        <translation>champ inconnu ; champs traduisibles : {fields}</translation>
    </message>
    <message>
        <source>must be a non-empty text; English is shown</source>
        <translation>doit être un texte non vide ; l’anglais est affiché</translation>
    </message>
    <message numerus="yes">
        <source>must be a list of %n non-empty text(s), as in English; English is shown</source>
        <translation>
            <numerusform>doit être une liste de %n texte non vide, comme en anglais ; l’anglais est affiché</numerusform>
            <numerusform>doit être une liste de %n textes non vides, comme en anglais ; l’anglais est affiché</numerusform>
        </translation>
    </message>
    <message>
        <source>not translated: {fields} (English is shown)</source>
        <translation>non traduit : {fields} (l’anglais est affiché)</translation>
    </message>
    <message>
        <source>lower-case letters, digits and single dashes, e.g. &quot;wall-sit&quot;</source>
        <translation>lettres minuscules, chiffres et tirets isolés, p.&#xa0;ex. &quot;wall-sit&quot;</translation>
    </message>
    <message>
        <source>a very long number</source>
        <translation>un nombre très long</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>une table</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>l’une des valeurs {choices}</translation>
    </message>
    <message>
        <source>unknown key, ignored; accepted: {keys}</source>
        <translation>clé inconnue, ignorée ; acceptées : {keys}</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>a text of 1 to {most} characters</source>
        <translation>un texte de 1 à {most} caractères</translation>
    </message>
    <message>
        <source>a text in quotes</source>
        <translation>un texte entre guillemets</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>un nombre entier de {low} à {high}</translation>
    </message>
    <message>
        <source>a whole number, {low} or more</source>
        <translation>un nombre entier, {low} ou plus</translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation>un nombre de {low} à {high}</translation>
    </message>
    <message>
        <source>a date-time with offset, e.g. {example}</source>
        <translation>une date et heure avec décalage, p.&#xa0;ex. {example}</translation>
    </message>
    <message>
        <source>a list of {low} to {high} texts, each 1 to {most} characters</source>
        <translation>une liste de {low} à {high} textes, chacun de 1 à {most} caractères</translation>
    </message>
    <message>
        <source>a list of at least one of {choices}, each at most once</source>
        <translation>une liste d’au moins une des valeurs {choices}, chacune au plus une fois</translation>
    </message>
    <message>
        <source>a list of {choices}, each at most once</source>
        <translation>une liste parmi {choices}, chacune au plus une fois</translation>
    </message>
    <message>
        <source>{value} is not accepted: {accepted}</source>
        <translation>{value} n’est pas accepté : il faut {accepted}</translation>
    </message>
    <message>
        <source>a whole number of seconds, 0 or more</source>
        <translation>un nombre entier de secondes, 0 ou plus</translation>
    </message>
    <message>
        <source>a number of seconds from 0 to {high}</source>
        <translation>un nombre de secondes de 0 à {high}</translation>
    </message>
    <message>
        <source>a list of {example}</source>
        <translation>une liste de {example}</translation>
    </message>
    <message>
        <source>a list of {choices}</source>
        <translation>une liste parmi {choices}</translation>
    </message>
    <message>
        <source>a list of exercise ids, e.g. [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>une liste d’identifiants d’exercices, p.&#xa0;ex. [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>is not a table</source>
        <translation>n’est pas une table</translation>
    </message>
    <message>
        <source>is before start: accepted is end &gt;= start</source>
        <translation>est avant start : attendu end &gt;= start</translation>
    </message>
    <message>
        <source>{accepted}, {note}</source>
        <translation>{accepted}, {note}</translation>
    </message>
    <message>
        <source>a number of minutes from {low} to {high}</source>
        <translation>un nombre de minutes de {low} à {high}</translation>
    </message>
    <message>
        <source>a whole number of seconds from {low} to {high}</source>
        <translation>un nombre entier de secondes de {low} à {high}</translation>
    </message>
    <message>
        <source>a whole percentage from {low} to {high}</source>
        <translation>un pourcentage entier de {low} à {high}</translation>
    </message>
    <message>
        <source>a time of day such as 09:00:00 or &quot;09:00&quot;</source>
        <translation>une heure comme 09:00:00 ou &quot;09:00&quot;</translation>
    </message>
    <message>
        <source>a list of ids such as &quot;wall-sit-squeeze&quot; (lower-case letters, digits and dashes), each at most once</source>
        <translation>une liste d’identifiants comme &quot;wall-sit-squeeze&quot; (lettres minuscules, chiffres et tirets), chacun au plus une fois</translation>
    </message>
    <message>
        <source>{file}: {key}: {problem}</source>
        <translation>{file} : {key} : {problem}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file} : {problem}</translation>
    </message>
    <message>
        <source>it is {reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>its top level is not a TOML table</source>
        <translation>son niveau supérieur n’est pas une table TOML</translation>
    </message>
    <message>
        <source>its schema is {schema}; this version reads schema 1 to {newest}</source>
        <translation>son schéma est {schema} ; cette version lit les schémas 1 à {newest}</translation>
    </message>
    <message>
        <source>it was written by a newer version of deadbutt-tray (schema {schema}); this version reads schema {newest} or older</source>
        <translation>il a été écrit par une version plus récente de deadbutt-tray (schéma {schema}) ; cette version lit le schéma {newest} ou plus ancien</translation>
    </message>
    <message>
        <source>is not accepted: a list of [[{table}]] tables</source>
        <translation>n’est pas accepté : attendu une liste de tables [[{table}]]</translation>
    </message>
    <message>
        <source>is missing: accepted is schema = {schema}</source>
        <translation>manquant : attendu schema = {schema}</translation>
    </message>
    <message>
        <source>belongs in a {month} file (the month of its own date); queries may miss it here</source>
        <translation>appartient à un fichier {month} (le mois de sa propre date) ; les recherches peuvent le manquer ici</translation>
    </message>
    <message>
        <source>was moved aside because it could not be read; nothing in it was deleted. Repair it and rename it to YYYY-MM.toml (merging it with any newer file of that name), or remove it</source>
        <translation>a été mis de côté car il était illisible ; rien n’y a été supprimé. Réparez-le et renommez-le en YYYY-MM.toml (en le fusionnant avec tout fichier plus récent de ce nom), ou supprimez-le</translation>
    </message>
    <message>
        <source>looks like a sync tool&apos;s conflict copy: the app does not read it; move any records you miss into a YYYY-MM.toml file and remove it</source>
        <translation>ressemble à une copie de conflit d’un outil de synchronisation : l’application ne le lit pas ; déplacez les entrées qui vous manquent dans un fichier YYYY-MM.toml et supprimez-le</translation>
    </message>
    <message>
        <source>is not named YYYY-MM.DEVICE.toml or YYYY-MM.toml, so the app does not read it</source>
        <translation>ne s’appelle pas YYYY-MM.DEVICE.toml ni YYYY-MM.toml, donc l’application ne le lit pas</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) kept in memory, to be saved when possible.</source>
        <translation>
            <numerusform>%n entrée gardée en mémoire, enregistrée dès que possible.</numerusform>
            <numerusform>%n entrées gardées en mémoire, enregistrées dès que possible.</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem} {outcome}</source>
        <translation>{problem} {outcome}</translation>
    </message>
    <message>
        <source>Can&apos;t read the history folder {folder}: {reason}.</source>
        <translation>Impossible de lire le dossier d’historique {folder} : {reason}.</translation>
    </message>
    <message>
        <source>can&apos;t write it: {reason}</source>
        <translation>impossible de l’écrire : {reason}</translation>
    </message>
    <message>
        <source>{reason} (the history folder {folder} can&apos;t be created)</source>
        <translation>{reason} (impossible de créer le dossier d’historique {folder})</translation>
    </message>
    <message>
        <source>Can&apos;t save history to {file}: {reason}.</source>
        <translation>Impossible d’enregistrer l’historique dans {file} : {reason}.</translation>
    </message>
    <message>
        <source>Can&apos;t read history file {file}: {reason}. Its records are left out until it can be read; nothing was changed.</source>
        <translation>Impossible de lire le fichier d’historique {file} : {reason}. Ses entrées sont laissées de côté jusqu’à ce qu’il soit lisible ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>History file {file} can&apos;t be used: {reason}. Its records are left out; nothing was changed.</source>
        <translation>Le fichier d’historique {file} est inutilisable : {reason}. Ses entrées sont laissées de côté ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Skipped an invalid history record: {problem}</source>
        <translation>Entrée d’historique non valide ignorée : {problem}</translation>
    </message>
    <message>
        <source>it could not be read ({reason}) and could not be moved aside ({error})</source>
        <translation>il était illisible ({reason}) et n’a pas pu être mis de côté ({error})</translation>
    </message>
    <message>
        <source>History file {file} could not be read: {reason}. It was moved to {moved} in the same folder; nothing was deleted. New records go to a fresh {name}.</source>
        <translation>Le fichier d’historique {file} était illisible : {reason}. Il a été renommé {moved} dans le même dossier ; rien n’a été supprimé. Les nouvelles entrées vont dans un nouveau {name}.</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>it is larger than {size}, far more than a month of history, so it is not read</source>
        <translation>il fait plus de {size}, bien plus qu’un mois d’historique, il n’est donc pas lu</translation>
    </message>
    <message>
        <source>can&apos;t be read: {reason}</source>
        <translation>illisible : {reason}</translation>
    </message>
    <message>
        <source>can&apos;t be used as history: {reason}</source>
        <translation>inutilisable comme historique : {reason}</translation>
    </message>
    <message>
        <source>too large to be a rescue file; left as it is</source>
        <translation>trop gros pour un fichier de secours ; laissé tel quel</translation>
    </message>
    <message>
        <source>can&apos;t be read ({reason}); left as it is</source>
        <translation>illisible ({reason}) ; laissé tel quel</translation>
    </message>
    <message>
        <source>the settings in use are kept until it is fixed</source>
        <translation>les paramètres en cours sont gardés jusqu’à sa correction</translation>
    </message>
    <message>
        <source>{problem}; {outcome}</source>
        <translation>{problem} ; {outcome}</translation>
    </message>
    <message>
        <source>none of its settings were used</source>
        <translation>aucun de ses paramètres n’a été utilisé</translation>
    </message>
    <message>
        <source>larger than {size} MB, too big for a settings file</source>
        <translation>plus de {size} Mo, trop gros pour un fichier de paramètres</translation>
    </message>
    <message>
        <source>keeping {value} until it is fixed</source>
        <translation>{value} est gardé jusqu’à la correction</translation>
    </message>
    <message>
        <source>{end} is not later than work_start ({start})</source>
        <translation>{end} n’est pas après work_start ({start})</translation>
    </message>
    <message>
        <source>{start} is not earlier than work_end ({end})</source>
        <translation>{start} n’est pas avant work_end ({end})</translation>
    </message>
    <message>
        <source>working hours {start} to {end} are used</source>
        <translation>les heures de travail {start} à {end} sont utilisées</translation>
    </message>
    <message>
        <source>unknown setting, ignored; did you mean {key}?</source>
        <translation>paramètre inconnu, ignoré ; vouliez-vous dire {key} ?</translation>
    </message>
    <message>
        <source>unknown setting, ignored</source>
        <translation>paramètre inconnu, ignoré</translation>
    </message>
    <message>
        <source>{accepted} (default {default})</source>
        <translation>{accepted} (par défaut {default})</translation>
    </message>
    <message>
        <source>using the administrator&apos;s default {value}</source>
        <translation>la valeur par défaut de l’administrateur {value} est utilisée</translation>
    </message>
    <message>
        <source>not valid TOML ({detail})</source>
        <translation>TOML non valide ({detail})</translation>
    </message>
    <message>
        <source>not valid TOML ({detail}, line {line}, column {column})</source>
        <translation>TOML non valide ({detail}, ligne {line}, colonne {column})</translation>
    </message>
    <message>
        <source>not UTF-8 text (bad byte at offset {offset})</source>
        <translation>pas du texte UTF-8 (octet invalide à la position {offset})</translation>
    </message>
    <message>
        <source>not valid TOML (a number is too long)</source>
        <translation>TOML non valide (un nombre est trop long)</translation>
    </message>
    <message>
        <source>not valid TOML (nested too deeply)</source>
        <translation>TOML non valide (imbrication trop profonde)</translation>
    </message>
</context>
<context>
    <name>StuckSourceGuard</name>
    <message>
        <source>has read {value:g} s for {minutes} minutes</source>
        <translation>indique {value:g} s depuis {minutes} minutes</translation>
    </message>
    <message>
        <source>has not gone past {limit:g} s in {minutes} minutes</source>
        <translation>n’a pas dépassé {limit:g} s en {minutes} minutes</translation>
    </message>
    <message>
        <source>Idle time from {source} {what}: it probably can&apos;t see your input on this desktop. Breaks are now detected only from screen lock and sleep; you can pick another idle source in Settings.</source>
        <translation>Le temps d’inactivité de {source} {what}&#xa0;: il ne voit probablement pas vos saisies sur ce bureau. Les pauses ne sont plus détectées que d’après le verrouillage de l’écran et la veille&#xa0;; vous pouvez choisir une autre source dans les Paramètres.</translation>
    </message>
</context>
</TS>
