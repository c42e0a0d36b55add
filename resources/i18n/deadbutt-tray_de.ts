<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Idle detection is unavailable on this desktop: breaks are counted from screen lock and sleep, and when you take them.</source>
        <translation>Die Erkennung von Abwesenheit ist auf diesem Desktop nicht verfügbar: Pausen werden über Bildschirmsperre und Ruhezustand gezählt und wenn du sie machst.</translation>
    </message>
    <message>
        <source>Can&apos;t save to the data folder {folder}: {reason}. Records are kept in memory, saved when it works again, and kept in a rescue file if the app quits first.</source>
        <translation>Kann nicht im Datenordner {folder} speichern: {reason}. Die Einträge bleiben im Speicher, werden gespeichert, sobald es wieder geht, und in einer Rettungsdatei aufbewahrt, falls die App vorher beendet wird.</translation>
    </message>
    <message>
        <source>History can&apos;t be saved for now.</source>
        <translation>Der Verlauf kann vorerst nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Can&apos;t save to the data folder: {0}</source>
        <translation>Kann nicht im Datenordner speichern: {0}</translation>
    </message>
    <message>
        <source>Idle detection is stuck.</source>
        <translation>Die Erkennung von Abwesenheit hängt fest.</translation>
    </message>
    <message>
        <source>Break coming up</source>
        <translation>Gleich ist Pause</translation>
    </message>
    <message>
        <source>A short glute break is due soon.</source>
        <translation>Bald ist eine kurze Pause für den Po fällig.</translation>
    </message>
    <message>
        <source>No more snoozes</source>
        <translation>Kein Aufschieben mehr</translation>
    </message>
    <message numerus="yes">
        <source>You&apos;ve snoozed %n time(s) in a row. Take the break or skip it.</source>
        <translation>
            <numerusform>Du hast %n-mal hintereinander aufgeschoben. Mach die Pause oder lass sie aus.</numerusform>
            <numerusform>Du hast %n-mal hintereinander aufgeschoben. Mach die Pause oder lass sie aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>No exercises to do</source>
        <translation>Keine Übungen zu tun</translation>
    </message>
    <message>
        <source>Every exercise of this routine is left out. Put some back in Settings → Program → Left-out exercises.</source>
        <translation>Jede Übung dieses Ablaufs ist ausgelassen. Nimm einige wieder auf unter Einstellungen → Programm → Ausgelassene Übungen.</translation>
    </message>
    <message>
        <source>Ready for the next level?</source>
        <translation>Bereit für die nächste Stufe?</translation>
    </message>
    <message>
        <source>Settings apply now but could not be saved: {error}</source>
        <translation>Die Einstellungen gelten jetzt, konnten aber nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>none (screen lock and sleep only)</source>
        <translation>keine (nur Bildschirmsperre und Ruhezustand)</translation>
    </message>
    <message>
        <source>Settings file: {problem}</source>
        <translation>Einstellungsdatei: {problem}</translation>
    </message>
    <message>
        <source>deadbutt-tray</source>
        <translation>deadbutt-tray</translation>
    </message>
    <message>
        <source>deadbutt-tray hit a problem</source>
        <translation>deadbutt-tray ist auf ein Problem gestoßen</translation>
    </message>
    <message>
        <source>Continuous sitting before you are prompted to take a break.</source>
        <extracomment>Every setting, in file order (the order ``config.toml`` is written and documented in).</extracomment>
        <translation>So lange am Stück sitzen, bevor du an eine Pause erinnert wirst.</translation>
    </message>
    <message>
        <source>0 = off</source>
        <translation>0 = aus</translation>
    </message>
    <message>
        <source>A quiet heads-up this long before the prompt.</source>
        <translation>Ein leiser Hinweis so lange vor der Erinnerung.</translation>
    </message>
    <message>
        <source>Time away from the computer that counts as a break.</source>
        <translation>Zeit weg vom Computer, die als Pause zählt.</translation>
    </message>
    <message>
        <source>How long a snooze puts off the prompt.</source>
        <translation>Wie lange Aufschieben die Erinnerung verschiebt.</translation>
    </message>
    <message>
        <source>Snoozes in a row before the prompt stops offering another.</source>
        <translation>So oft hintereinander aufschieben, bevor die Erinnerung es nicht mehr anbietet.</translation>
    </message>
    <message>
        <source>An ignored prompt nudges again after this long.</source>
        <translation>Eine unbeachtete Erinnerung meldet sich nach so langer Zeit erneut.</translation>
    </message>
    <message>
        <source>Prompt only on work days between work_start and work_end.</source>
        <translation>Nur an Arbeitstagen zwischen work_start und work_end erinnern.</translation>
    </message>
    <message>
        <source>before work_end</source>
        <translation>vor work_end</translation>
    </message>
    <message>
        <source>Start of working hours.</source>
        <translation>Beginn der Arbeitszeit.</translation>
    </message>
    <message>
        <source>End of working hours.</source>
        <translation>Ende der Arbeitszeit.</translation>
    </message>
    <message>
        <source>after work_start</source>
        <translation>nach work_start</translation>
    </message>
    <message>
        <source>Days that have working hours.</source>
        <translation>Tage mit Arbeitszeit.</translation>
    </message>
    <message>
        <source>Hold prompts while a full-screen window (a presentation, a call) is active.</source>
        <translation>Erinnerungen zurückhalten, solange ein Vollbildfenster (eine Präsentation, ein Anruf) aktiv ist.</translation>
    </message>
    <message>
        <source>Play a sound with the prompt.</source>
        <translation>Mit der Erinnerung einen Ton spielen.</translation>
    </message>
    <message>
        <source>Volume of the prompt sound.</source>
        <translation>Lautstärke des Erinnerungstons.</translation>
    </message>
    <message>
        <source>How time away is detected; &quot;auto&quot; picks what works on this desktop.</source>
        <translation>Wie Abwesenheit erkannt wird; „auto“ wählt, was auf diesem Desktop funktioniert.</translation>
    </message>
    <message>
        <source>The language of the app: &quot;system&quot; follows the desktop; en, de, fr or es.</source>
        <translation>Die Sprache der App: „system“ folgt dem Desktop; en, de, fr oder es.</translation>
    </message>
    <message>
        <source>The current program level: 1 wake up, 2 with core, 3 together.</source>
        <translation>Die aktuelle Programmstufe: 1 aufwecken, 2 mit der Körpermitte, 3 alles zusammen.</translation>
    </message>
    <message>
        <source>[] = none</source>
        <translation>[] = keine</translation>
    </message>
    <message>
        <source>Exercises left out of routines (added when you press &quot;This hurts&quot;).</source>
        <translation>Übungen, die in den Abläufen ausgelassen werden (kommen hinzu, wenn du „Das tut weh“ drückst).</translation>
    </message>
    <message>
        <source>&quot;&quot; = not given</source>
        <translation>&quot;&quot; = nicht angegeben</translation>
    </message>
    <message>
        <source>Your age range, to compare the balance test with approximate norms.</source>
        <translation>Deine Altersgruppe, um den Gleichgewichtstest mit ungefähren Normwerten zu vergleichen.</translation>
    </message>
    <message>
        <source>Offer the home routine of your level at program_time on program_days.</source>
        <translation>Den Ablauf für zu Hause deiner Stufe zur program_time an den program_days anbieten.</translation>
    </message>
    <message>
        <source>When the daily home routine is offered.</source>
        <translation>Wann der tägliche Ablauf für zu Hause angeboten wird.</translation>
    </message>
    <message>
        <source>Days the home routine is offered.</source>
        <translation>Tage, an denen der Ablauf für zu Hause angeboten wird.</translation>
    </message>
    <message>
        <source>In a lab study, two minutes of light walking every 20 minutes lowered the rise in blood sugar and insulin after a meal by roughly a quarter (≈24% and ≈23%) compared with sitting straight through (Dunstan et al., Diabetes Care, 2012). An expert statement advises breaking up seated work regularly, building up to about 2 hours a day of standing and light activity at work, then about 4 (Buckley et al., British Journal of Sports Medicine, 2015). Thirty minutes is a common, practical middle ground; you can change it in Settings.</source>
        <translation>In einer Laborstudie senkten zwei Minuten leichtes Gehen alle 20 Minuten den Anstieg von Blutzucker und Insulin nach einer Mahlzeit um etwa ein Viertel (≈24 % und ≈23 %) im Vergleich zu durchgehendem Sitzen (Dunstan et al., Diabetes Care, 2012). Eine Expertenempfehlung rät, Sitzarbeit regelmäßig zu unterbrechen und bei der Arbeit auf etwa 2 Stunden Stehen und leichte Bewegung am Tag zu kommen, später auf etwa 4 (Buckley et al., British Journal of Sports Medicine, 2015). Dreißig Minuten sind ein verbreiteter, praktischer Mittelweg; du kannst das in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Each study is cited for what it measured: Distefano et al. 2009 side-lying hip abduction, single-leg squats and deadlifts, band walks and lunges; Boren et al. 2011 the glute squeeze and planks with a leg lift; Ekstrom et al. 2007 the one-leg bridge (moderate: a stabilisation exercise); Winters et al. 2004 hip-flexor stretching. Macadam et al. 2015 reviewed hip-abduction and rotation exercises only. Starting with low-load activation, and the desk versions, is clinical reasoning.</source>
        <translation>Jede Studie wird für das zitiert, was sie gemessen hat: Distefano et al. 2009 seitliches Beinheben im Liegen, einbeinige Kniebeugen und Kreuzheben, Gehen mit Band und Ausfallschritte; Boren et al. 2011 das Anspannen des Gesäßes und Stützübungen mit Beinheben; Ekstrom et al. 2007 das einbeinige Beckenheben (mäßig: eine Stabilisationsübung); Winters et al. 2004 das Dehnen der Hüftbeuger. Macadam et al. 2015 hat nur Übungen zum seitlichen Abspreizen und Drehen der Hüfte ausgewertet. Mit Aktivierung bei geringer Last und den Versionen für den Schreibtisch zu beginnen, ist klinische Abwägung.</translation>
    </message>
    <message>
        <source>About deadbutt-tray</source>
        <translation>Über deadbutt-tray</translation>
    </message>
    <message>
        <source>Why a break every 30 minutes?</source>
        <translation>Warum alle 30 Minuten eine Pause?</translation>
    </message>
    <message>
        <source>Where do the exercises come from?</source>
        <translation>Woher kommen die Übungen?</translation>
    </message>
    <message>
        <source>Where your data is kept</source>
        <translation>Wo deine Daten liegen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>Datenordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>deadbutt-tray icon</source>
        <translation>deadbutt-tray-Symbol</translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <source>Wakes up sleepy glutes with well-timed breaks from sitting.</source>
        <translation>Weckt müde Gesäßmuskeln mit gut getimten Pausen vom Sitzen.</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Einstellungen:</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Protokolle:</translation>
    </message>
    <message>
        <source>The data folder doesn&apos;t exist yet; it is made when something is first saved.</source>
        <translation>Den Datenordner gibt es noch nicht; er wird angelegt, sobald zum ersten Mal etwas gespeichert wird.</translation>
    </message>
    <message>
        <source>Couldn&apos;t open a file manager. The folder is: {0}</source>
        <translation>Es ließ sich kein Dateimanager öffnen. Der Ordner ist: {0}</translation>
    </message>
    <message>
        <source>&amp;Desk micro-break</source>
        <translation>&amp;Kurzpause am Schreibtisch</translation>
    </message>
    <message>
        <source>S&amp;nooze this break</source>
        <translation>Diese Pause auf&amp;schieben</translation>
    </message>
    <message>
        <source>Pause for &amp;30 minutes</source>
        <translation>&amp;30 Minuten pausieren</translation>
    </message>
    <message>
        <source>Pause for &amp;1 hour</source>
        <translation>&amp;1 Stunde pausieren</translation>
    </message>
    <message>
        <source>Pause until &amp;tomorrow</source>
        <translation>Bis &amp;morgen pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Do not disturb</source>
        <translation>&amp;Nicht stören</translation>
    </message>
    <message>
        <source>&amp;Weekly summary…</source>
        <translation>&amp;Wochenübersicht …</translation>
    </message>
    <message>
        <source>Ba&amp;lance test…</source>
        <translation>G&amp;leichgewichtstest …</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Ein&amp;stellungen …</translation>
    </message>
    <message>
        <source>&amp;About / safety note</source>
        <translation>Üb&amp;er / Sicherheitshinweis</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Home routine</source>
        <translation>Ablauf für &amp;zu Hause</translation>
    </message>
    <message>
        <source>Before a &amp;run</source>
        <translation>Vor dem &amp;Laufen</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Balance results over time</source>
        <translation>Gleichgewichtsergebnisse im Verlauf</translation>
    </message>
    <message>
        <source>{0}: left {1}, right {2}</source>
        <translation>{0}: links {1}, rechts {2}</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Noch keine Ergebnisse</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>- - typical for your age</source>
        <translation>- - typisch für dein Alter</translation>
    </message>
    <message>
        <source>Balance self-test</source>
        <translation>Gleichgewichtstest</translation>
    </message>
    <message>
        <source>Start the test</source>
        <translation>Test starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the test (Esc)</source>
        <translation>Test beenden (Esc)</translation>
    </message>
    <message>
        <source>Single-leg balance test</source>
        <translation>Test: Stehen auf einem Bein</translation>
    </message>
    <message>
        <source>Take your shoes off. Stand in front of a mirror, close enough to your desk to steady yourself if you wobble.</source>
        <translation>Zieh die Schuhe aus. Stell dich vor einen Spiegel, nah genug am Schreibtisch, um dich abzustützen, falls du wackelst.</translation>
    </message>
    <message>
        <source>Fold your arms across your chest, or put your hands on your hips.</source>
        <translation>Verschränke die Arme vor der Brust oder stemme die Hände in die Hüften.</translation>
    </message>
    <message>
        <source>Lift one foot just off the floor, without resting it on the other leg.</source>
        <translation>Heb einen Fuß knapp vom Boden, ohne ihn am anderen Bein abzulegen.</translation>
    </message>
    <message>
        <source>Start the timer (Space) as the foot leaves the floor. Stop it (Space) when the lifted foot touches down, the standing foot moves or you reach for support. It stops by itself at 45 seconds.</source>
        <translation>Starte die Uhr (Leertaste), wenn der Fuß den Boden verlässt. Stoppe sie (Leertaste), wenn der gehobene Fuß aufsetzt, der Standfuß sich bewegt oder du nach Halt greifst. Nach 45 Sekunden stoppt sie von selbst.</translation>
    </message>
    <message>
        <source>Three tries on each leg, left first; the best one counts.</source>
        <translation>Drei Versuche pro Bein, links zuerst; der beste zählt.</translation>
    </message>
    <message>
        <source>How to do the test</source>
        <translation>So geht der Test</translation>
    </message>
    <message>
        <source>Also test with eyes &amp;closed (harder: keep the desk in reach)</source>
        <translation>Auch mit geschlossenen Augen testen (schwerer: den Schreibtisch in Reichweite &amp;halten)</translation>
    </message>
    <message>
        <source>Your age, to compare with typical results</source>
        <translation>Dein Alter, um mit typischen Ergebnissen zu vergleichen</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Your &amp;age (optional):</source>
        <translation>Dein &amp;Alter (freiwillig):</translation>
    </message>
    <message>
        <source>Single-leg balance</source>
        <translation>Stehen auf einem Bein</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>Times of the tries</source>
        <translation>Zeiten der Versuche</translation>
    </message>
    <message>
        <source>Nothing ticked means you saw none of these. A pelvis that drops on the lifted side is the sign to watch: the side muscles of the standing hip (gluteus medius) are not holding it level yet.</source>
        <translation>Nichts angekreuzt heißt, du hast nichts davon gesehen. Ein Becken, das auf der gehobenen Seite absinkt, ist das Zeichen, auf das es ankommt: die seitlichen Muskeln der Standhüfte (der mittlere Gesäßmuskel) halten es noch nicht waagerecht.</translation>
    </message>
    <message>
        <source>Your result</source>
        <translation>Dein Ergebnis</translation>
    </message>
    <message>
        <source>Mirror check</source>
        <translation>Spiegelkontrolle</translation>
    </message>
    <message>
        <source>Over time (eyes open)</source>
        <translation>Im Verlauf (Augen offen)</translation>
    </message>
    <message>
        <source>Left leg: what did the mirror show?</source>
        <translation>Linkes Bein: Was hat der Spiegel gezeigt?</translation>
    </message>
    <message>
        <source>Right leg: what did the mirror show?</source>
        <translation>Rechtes Bein: Was hat der Spiegel gezeigt?</translation>
    </message>
    <message>
        <source>Think back to your tries standing on that leg, or stand on it once more and look. Tick what you saw (Space ticks, Tab moves), then Enter.</source>
        <translation>Denk an deine Versuche auf diesem Bein zurück, oder stell dich noch einmal darauf und schau hin. Kreuz an, was du gesehen hast (Leertaste kreuzt an, Tab geht weiter), dann Eingabe.</translation>
    </message>
    <message>
        <source>Mirror check:</source>
        <translation>Spiegelkontrolle:</translation>
    </message>
    <message>
        <source>• standing on the left leg: {0}</source>
        <translation>• auf dem linken Bein stehend: {0}</translation>
    </message>
    <message>
        <source>• standing on the right leg: {0}</source>
        <translation>• auf dem rechten Bein stehend: {0}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>nothing seen</source>
        <translation>nichts gesehen</translation>
    </message>
    <message>
        <source>A pelvis that drops: the side muscles of the standing hip are not holding it level yet (the hip abduction exercises train them). Level 3 waits for a test without a drop.</source>
        <translation>Ein Becken, das absinkt: die seitlichen Muskeln der Standhüfte halten es noch nicht waagerecht (die Übungen zum seitlichen Beinheben trainieren sie). Stufe 3 wartet auf einen Test ohne Absinken.</translation>
    </message>
    <message>
        <source>Over your latest tests:</source>
        <translation>In deinen letzten Tests:</translation>
    </message>
    <message>
        <source>• {0}</source>
        <translation>• {0}</translation>
    </message>
    <message>
        <source>Eyes open</source>
        <translation>Augen offen</translation>
    </message>
    <message>
        <source>Eyes closed</source>
        <translation>Augen geschlossen</translation>
    </message>
    <message>
        <source>{0}: typical for ages {1} is about {2}. Left leg {3}, right leg {4}.</source>
        <translation>{0}: typisch für das Alter {1} sind etwa {2}. Linkes Bein {3}, rechtes Bein {4}.</translation>
    </message>
    <message>
        <source>Left and right are within {0} of each other.</source>
        <translation>Links und rechts liegen weniger als {0} auseinander.</translation>
    </message>
    <message>
        <source>Your {0} leg is {1} behind the other.</source>
        <translation>Das Bein {0} liegt {1} hinter dem anderen.</translation>
    </message>
    <message>
        <source>That is a big difference, and the place to start: give the {0} leg extra single-leg practice.</source>
        <translation>Das ist ein großer Unterschied und der richtige Ansatzpunkt: gib dem Bein {0} zusätzliches Training auf einem Bein.</translation>
    </message>
    <message>
        <source>Begin with the left leg (Enter)</source>
        <translation>Mit dem linken Bein beginnen (Eingabe)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close (Enter)</source>
        <translation>Schließen (Eingabe)</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <source>eyes open</source>
        <translation>Augen offen</translation>
    </message>
    <message>
        <source>eyes closed</source>
        <translation>Augen geschlossen</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Stand on your left leg and lift your right foot.</source>
        <translation>Stell dich auf das linke Bein und heb den rechten Fuß.</translation>
    </message>
    <message>
        <source>Stand on your right leg and lift your left foot.</source>
        <translation>Stell dich auf das rechte Bein und heb den linken Fuß.</translation>
    </message>
    <message>
        <source>Try {0} of {1}</source>
        <translation>Versuch {0} von {1}</translation>
    </message>
    <message>
        <source>Best: {0}</source>
        <translation>Bester: {0}</translation>
    </message>
    <message>
        <source>See the result</source>
        <translation>Ergebnis ansehen</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>Als Nächstes: {0}</translation>
    </message>
    <message>
        <source>Stop (Space)</source>
        <translation>Stopp (Leertaste)</translation>
    </message>
    <message>
        <source>Space when your foot touches down. It stops at 45 s.</source>
        <translation>Leertaste, wenn dein Fuß aufsetzt. Sie stoppt nach 45 s.</translation>
    </message>
    <message>
        <source>Start (Space)</source>
        <translation>Start (Leertaste)</translation>
    </message>
    <message>
        <source>Try again (Space)</source>
        <translation>Noch einmal (Leertaste)</translation>
    </message>
    <message>
        <source>Space starts the timer as your foot leaves the floor.</source>
        <translation>Die Leertaste startet die Uhr, wenn dein Fuß den Boden verlässt.</translation>
    </message>
    <message>
        <source>Space for another try, Enter to move on.</source>
        <translation>Leertaste für einen weiteren Versuch, Eingabe zum Weitermachen.</translation>
    </message>
    <message>
        <source>{0} (Space)</source>
        <translation>{0} (Leertaste)</translation>
    </message>
    <message>
        <source>Done with this leg.</source>
        <translation>Fertig mit diesem Bein.</translation>
    </message>
    <message>
        <source>Move on (Enter)</source>
        <translation>Weiter (Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Pelvis drops on the lifted side (your right hip sinks)</source>
        <translation>Das &amp;Becken sinkt auf der gehobenen Seite ab (deine rechte Hüfte sinkt)</translation>
    </message>
    <message>
        <source>&amp;Pelvis drops on the lifted side (your left hip sinks)</source>
        <translation>Das &amp;Becken sinkt auf der gehobenen Seite ab (deine linke Hüfte sinkt)</translation>
    </message>
    <message>
        <source>Left &amp;knee rolls in</source>
        <translation>Das linke &amp;Knie dreht nach innen</translation>
    </message>
    <message>
        <source>Right &amp;knee rolls in</source>
        <translation>Das rechte &amp;Knie dreht nach innen</translation>
    </message>
    <message>
        <source>&amp;Trunk leans over the left leg</source>
        <translation>Der &amp;Rumpf neigt sich über das linke Bein</translation>
    </message>
    <message>
        <source>&amp;Trunk leans over the right leg</source>
        <translation>Der &amp;Rumpf neigt sich über das rechte Bein</translation>
    </message>
    <message>
        <source>&amp;Arch of the left foot collapses</source>
        <translation>Das &amp;Fußgewölbe links sinkt ein</translation>
    </message>
    <message>
        <source>&amp;Arch of the right foot collapses</source>
        <translation>Das &amp;Fußgewölbe rechts sinkt ein</translation>
    </message>
    <message>
        <source>Ar&amp;ms flail, or you grab for support</source>
        <translation>Die &amp;Arme rudern, oder du greifst nach Halt</translation>
    </message>
    <message>
        <source>pelvis drop</source>
        <translation>Becken sinkt ab</translation>
    </message>
    <message>
        <source>knee rolling in</source>
        <translation>Knie dreht nach innen</translation>
    </message>
    <message>
        <source>trunk lean</source>
        <translation>Rumpf neigt sich</translation>
    </message>
    <message>
        <source>arch collapsing</source>
        <translation>Fußgewölbe sinkt ein</translation>
    </message>
    <message>
        <source>arms flailing or grabbing</source>
        <translation>Arme rudern oder greifen nach Halt</translation>
    </message>
    <message>
        <source>Your left side</source>
        <translation>Deine linke Seite</translation>
    </message>
    <message>
        <source>Your right side</source>
        <translation>Deine rechte Seite</translation>
    </message>
    <message>
        <source>{0}: {1} in this test.</source>
        <translation>{0}: {1} in diesem Test.</translation>
    </message>
    <message>
        <source>{0}: {1} on {2} of the last {3} tests.</source>
        <translation>{0}: {1} in {2} der letzten {3} Tests.</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>rechtes Bein</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>linkes Bein</translation>
    </message>
    <message>
        <source>{0}, eyes closed</source>
        <translation>{0}, Augen geschlossen</translation>
    </message>
    <message>
        <source>Set your age range on the first page next time to compare these times with typical results for your age.</source>
        <translation>Gib beim nächsten Mal auf der ersten Seite deine Altersgruppe an, um diese Zeiten mit typischen Ergebnissen für dein Alter zu vergleichen.</translation>
    </message>
    <message>
        <source>Source of the typical times: {0}.</source>
        <translation>Quelle der typischen Zeiten: {0}.</translation>
    </message>
    <message>
        <source>{0}: left {1}, right {2} ({3})</source>
        <translation>{0}: links {1}, rechts {2} ({3})</translation>
    </message>
    <message>
        <source>Earlier tests:</source>
        <translation>Frühere Tests:</translation>
    </message>
    <message>
        <source>This is your first test: do it again in a couple of weeks to see the change.</source>
        <translation>Das ist dein erster Test: wiederhole ihn in ein paar Wochen, um die Veränderung zu sehen.</translation>
    </message>
    <message>
        <source>below it</source>
        <translation>darunter</translation>
    </message>
    <message>
        <source>around it</source>
        <translation>im Bereich</translation>
    </message>
    <message>
        <source>above it</source>
        <translation>darüber</translation>
    </message>
    <message numerus="yes">
        <source>{0} × %n rep(s)</source>
        <translation>
            <numerusform>{0} × %n Wiederholung</numerusform>
            <numerusform>{0} × %n Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} per side</source>
        <translation>{0} pro Seite</translation>
    </message>
    <message>
        <source>{0} · {1} s hold</source>
        <translation>{0} · {1} s halten</translation>
    </message>
    <message>
        <source>{0} × {1} s hold</source>
        <translation>{0} × {1} s halten</translation>
    </message>
    <message>
        <source>{0} s hold</source>
        <translation>{0} s halten</translation>
    </message>
    <message>
        <source>Left leg moving</source>
        <translation>Linkes Bein bewegt sich</translation>
    </message>
    <message>
        <source>Right leg moving</source>
        <translation>Rechtes Bein bewegt sich</translation>
    </message>
    <message>
        <source>Standing on your left leg</source>
        <translation>Auf dem linken Bein stehend</translation>
    </message>
    <message>
        <source>Standing on your right leg</source>
        <translation>Auf dem rechten Bein stehend</translation>
    </message>
    <message>
        <source>Left foot in front</source>
        <translation>Linker Fuß vorn</translation>
    </message>
    <message>
        <source>Right foot in front</source>
        <translation>Rechter Fuß vorn</translation>
    </message>
    <message>
        <source>Left leg behind</source>
        <translation>Linkes Bein hinten</translation>
    </message>
    <message>
        <source>Right leg behind</source>
        <translation>Rechtes Bein hinten</translation>
    </message>
    <message>
        <source>Leading with your left leg</source>
        <translation>Linkes Bein führt</translation>
    </message>
    <message>
        <source>Leading with your right leg</source>
        <translation>Rechtes Bein führt</translation>
    </message>
    <message>
        <source>Lying on your left side</source>
        <translation>Auf der linken Seite liegend</translation>
    </message>
    <message>
        <source>Lying on your right side</source>
        <translation>Auf der rechten Seite liegend</translation>
    </message>
    <message>
        <source>set {0} of {1}</source>
        <translation>Satz {0} von {1}</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Get ready · first: {0}</source>
        <translation>Bereit machen · zuerst: {0}</translation>
    </message>
    <message>
        <source>Switch sides · {0}</source>
        <translation>Seite wechseln · {0}</translation>
    </message>
    <message>
        <source>Rest · next: {0}</source>
        <translation>Pause · als Nächstes: {0}</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Heben</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Senken</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Squeeze</source>
        <translation>Anspannen</translation>
    </message>
    <message>
        <source>Relax</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Nach außen</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Nach innen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Strecken</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Aufstehen</translation>
    </message>
    <message>
        <source>Sit</source>
        <translation>Hinsetzen</translation>
    </message>
    <message>
        <source>Hinge</source>
        <translation>Beugen</translation>
    </message>
    <message>
        <source>Rock forward</source>
        <translation>Nach vorn</translation>
    </message>
    <message>
        <source>Rock back</source>
        <translation>Nach hinten</translation>
    </message>
    <message>
        <source>Step out</source>
        <translation>Hinaussteigen</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Nachziehen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Avoid: {0}</source>
        <translation>Vermeide: {0}</translation>
    </message>
    <message>
        <source>Guided break · {0}</source>
        <translation>Geführte Pause · {0}</translation>
    </message>
    <message>
        <source>Progress through the routine</source>
        <translation>Fortschritt im Ablauf</translation>
    </message>
    <message>
        <source>Side and step</source>
        <translation>Seite und Schritt</translation>
    </message>
    <message>
        <source>Countdown or repetition count</source>
        <translation>Countdown oder Wiederholungen</translation>
    </message>
    <message>
        <source>Tempo of the current repetition</source>
        <translation>Tempo der aktuellen Wiederholung</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Back to the previous exercise step (←)</source>
        <translation>Zurück zum vorigen Schritt der Übung (←)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Anhalten oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Go on to the next step (→)</source>
        <translation>Weiter zum nächsten Schritt (→)</translation>
    </message>
    <message>
        <source>This hurts</source>
        <translation>Das tut weh</translation>
    </message>
    <message>
        <source>Stop this exercise and get safety advice (H)</source>
        <translation>Diese Übung beenden und Sicherheitshinweise erhalten (H)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip the rest of this break (Esc)</source>
        <translation>Den Rest dieser Pause überspringen (Esc)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Finish the break now (Enter)</source>
        <translation>Die Pause jetzt beenden (Eingabe)</translation>
    </message>
    <message>
        <source>Exercise {0} of {1}</source>
        <translation>Übung {0} von {1}</translation>
    </message>
    <message>
        <source>{0} / {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>seconds · hold</source>
        <translation>Sekunden · halten</translation>
    </message>
    <message>
        <source>seconds · get ready</source>
        <translation>Sekunden · bereit machen</translation>
    </message>
    <message>
        <source>seconds · rest</source>
        <translation>Sekunden · Pause</translation>
    </message>
    <message>
        <source>Paused while you were away · Space to go on</source>
        <translation>Angehalten, während du weg warst · Leertaste zum Weitermachen</translation>
    </message>
    <message>
        <source>Paused · Space to go on</source>
        <translation>Angehalten · Leertaste zum Weitermachen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Geschafft</translation>
    </message>
    <message>
        <source>Stopped. Take care.</source>
        <translation>Beendet. Pass auf dich auf.</translation>
    </message>
    <message>
        <source>Well done: your glutes are awake.</source>
        <translation>Gut gemacht: dein Po ist wach.</translation>
    </message>
    <message>
        <source>The exercise is done, in {0}.</source>
        <translation>Die Übung ist geschafft, in {0}.</translation>
    </message>
    <message numerus="yes">
        <source>All %n exercise(s) done in {0}.</source>
        <translation>
            <numerusform>%n Übung geschafft in {0}.</numerusform>
            <numerusform>Alle %n Übungen geschafft in {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Break saved.</source>
        <translation>Pause gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n exercise(s) done in full. Some is better than none.</source>
        <translation>
            <numerusform>{0} von %n Übung vollständig gemacht. Etwas ist besser als nichts.</numerusform>
            <numerusform>{0} von %n Übungen vollständig gemacht. Etwas ist besser als nichts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exercise illustration</source>
        <translation>Abbildung der Übung</translation>
    </message>
    <message>
        <source>No illustration</source>
        <translation>Keine Abbildung</translation>
    </message>
    <message>
        <source>&amp;Hip</source>
        <translation>&amp;Hüfte</translation>
    </message>
    <message>
        <source>&amp;Knee</source>
        <translation>&amp;Knie</translation>
    </message>
    <message>
        <source>&amp;Low back</source>
        <translation>&amp;Unterer Rücken</translation>
    </message>
    <message>
        <source>&amp;Ankle or foot</source>
        <translation>&amp;Sprunggelenk oder Fuß</translation>
    </message>
    <message>
        <source>&amp;Other</source>
        <translation>&amp;Anderes</translation>
    </message>
    <message>
        <source>Stop this exercise now.</source>
        <translation>Beende diese Übung jetzt.</translation>
    </message>
    <message>
        <source>Where does it hurt?</source>
        <translation>Wo tut es weh?</translation>
    </message>
    <message>
        <source>How much does it hurt? (0 = not at all, 10 = the worst)</source>
        <translation>Wie stark tut es weh? (0 = gar nicht, 10 = am schlimmsten)</translation>
    </message>
    <message>
        <source>Pain rating from 0 to 10</source>
        <translation>Schmerzstärke von 0 bis 10</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; will be left out of your routines from now on. You can turn it back on in Settings.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; wird ab jetzt in deinen Abläufen ausgelassen. Du kannst die Übung in den Einstellungen wieder aufnehmen.</translation>
    </message>
    <message>
        <source>Stop the exercise</source>
        <translation>Übung beenden</translation>
    </message>
    <message>
        <source>Back to the break</source>
        <translation>Zurück zur Pause</translation>
    </message>
    <message>
        <source>Choose where it hurts to continue.</source>
        <translation>Wähle aus, wo es wehtut, um fortzufahren.</translation>
    </message>
    <message>
        <source>Break reminder — deadbutt-tray</source>
        <translation>Pausenerinnerung — deadbutt-tray</translation>
    </message>
    <message>
        <source>Break reminder</source>
        <translation>Pausenerinnerung</translation>
    </message>
    <message>
        <source>Time to wake up your glutes.</source>
        <translation>Zeit, deinen Po aufzuwecken.</translation>
    </message>
    <message>
        <source>Snooze note</source>
        <translation>Hinweis zum Aufschieben</translation>
    </message>
    <message>
        <source>&amp;Start guided break</source>
        <translation>Geführte Pause &amp;starten</translation>
    </message>
    <message>
        <source>A short guided glute-activation break</source>
        <translation>Eine kurze geführte Pause zum Aktivieren des Gesäßes</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Aus&amp;lassen</translation>
    </message>
    <message>
        <source>No break this time</source>
        <translation>Diesmal keine Pause</translation>
    </message>
    <message>
        <source>No break this time (Esc)</source>
        <translation>Diesmal keine Pause (Esc)</translation>
    </message>
    <message>
        <source>Start a short guided break (Enter)</source>
        <translation>Eine kurze geführte Pause starten (Eingabe)</translation>
    </message>
    <message>
        <source>Close for now (you will be reminded again)</source>
        <translation>Vorerst schließen (du wirst wieder erinnert)</translation>
    </message>
    <message>
        <source>Close for now; you will be reminded again</source>
        <translation>Vorerst schließen; du wirst wieder erinnert</translation>
    </message>
    <message>
        <source>You&apos;ve been sitting {0}.</source>
        <translation>Du sitzt seit {0}.</translation>
    </message>
    <message>
        <source>S&amp;nooze {0} min</source>
        <translation>{0} min auf&amp;schieben</translation>
    </message>
    <message>
        <source>Snoozes left in a row: {0}</source>
        <translation>Noch so oft hintereinander aufschiebbar: {0}</translation>
    </message>
    <message>
        <source>No more snoozes — {0} in a row already</source>
        <translation>Kein Aufschieben mehr — schon {0}-mal hintereinander</translation>
    </message>
    <message>
        <source>No more snoozes in a row</source>
        <translation>Kein weiteres Aufschieben hintereinander</translation>
    </message>
    <message>
        <source>{0} (Enter)</source>
        <translation>{0} (Eingabe)</translation>
    </message>
    <message>
        <source>{0} (Esc)</source>
        <translation>{0} (Esc)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Safety first</source>
        <translation>Sicherheit zuerst</translation>
    </message>
    <message>
        <source>deadbutt-tray offers general exercise suggestions. It is not medical advice and cannot diagnose anything.</source>
        <translation>deadbutt-tray gibt allgemeine Übungsvorschläge. Das ist keine medizinische Beratung und kann nichts diagnostizieren.</translation>
    </message>
    <message>
        <source>Feeling your muscles work, and a mild stretch, is expected.</source>
        <translation>Zu spüren, wie deine Muskeln arbeiten, und eine leichte Dehnung sind normal.</translation>
    </message>
    <message>
        <source>Stop if you feel sharp pain, pain that builds as you go, numbness, tingling or pain in a joint, and see a physical therapist before you do that exercise again.</source>
        <translation>Hör auf, wenn du stechende Schmerzen hast, Schmerzen, die beim Üben zunehmen, Taubheit, Kribbeln oder Schmerzen in einem Gelenk, und geh zu einer Physiotherapeutin oder einem Physiotherapeuten, bevor du diese Übung wieder machst.</translation>
    </message>
    <message>
        <source>Stop at once and get medical help if you feel dizzy or faint, have chest pain, or are unusually short of breath.</source>
        <translation>Hör sofort auf und hol dir ärztliche Hilfe, wenn dir schwindlig wird oder du dich einer Ohnmacht nahe fühlst, wenn du Schmerzen in der Brust hast oder ungewöhnlich kurzatmig bist.</translation>
    </message>
    <message>
        <source>Sore muscles the next day are normal. Pain or swelling that is worse the next day means ease off, or see a physical therapist if it does not settle.</source>
        <translation>Muskelkater am nächsten Tag ist normal. Schmerzen oder Schwellungen, die am nächsten Tag schlimmer sind, heißen: nimm dich zurück, oder geh zur Physiotherapie, wenn es nicht abklingt.</translation>
    </message>
    <message>
        <source>If you have a recent injury or surgery, are pregnant, or have a health condition, check with a health professional before you start.</source>
        <translation>Wenn du eine frische Verletzung oder Operation hast, schwanger bist oder eine Erkrankung hast, sprich mit medizinischem Fachpersonal, bevor du anfängst.</translation>
    </message>
    <message>
        <source>Pregnant: later in pregnancy avoid long spells lying flat on your back. With pelvic girdle pain, leave out split stances, side steps and standing on one leg.</source>
        <translation>Schwanger: später in der Schwangerschaft längere Zeit flach auf dem Rücken liegen vermeiden. Bei Schmerzen im Beckengürtel Schrittstellungen, Seitschritte und das Stehen auf einem Bein weglassen.</translation>
    </message>
    <message>
        <source>For exercises on one leg, keep a hand on your desk or another stable support, and wear shoes or go barefoot on a floor that does not slip: not socks on a smooth floor.</source>
        <translation>Bei Übungen auf einem Bein eine Hand am Schreibtisch oder an einem anderen festen Halt lassen, und Schuhe tragen oder barfuß auf einem rutschfesten Boden stehen: nicht in Socken auf glattem Boden.</translation>
    </message>
    <message>
        <source>Effort and a mild stretch are fine. Sharp or building pain, numbness, tingling or joint pain: stop, and see a physical therapist. Dizziness, chest pain or unusual breathlessness: stop and get medical help.</source>
        <translation>Anstrengung und eine leichte Dehnung sind in Ordnung. Stechende oder zunehmende Schmerzen, Taubheit, Kribbeln oder Gelenkschmerzen: aufhören und zur Physiotherapie gehen. Schwindel, Brustschmerzen oder ungewöhnliche Atemnot: aufhören und ärztliche Hilfe holen.</translation>
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
        <translation>&amp;Sitzdauer bis zur Erinnerung:</translation>
    </message>
    <message>
        <source>&amp;Heads-up before the prompt:</source>
        <translation>&amp;Hinweis vor der Erinnerung:</translation>
    </message>
    <message>
        <source>Away time that counts as a &amp;break:</source>
        <translation>Abwesenheit, die als &amp;Pause zählt:</translation>
    </message>
    <message>
        <source>Snooze le&amp;ngth:</source>
        <translation>&amp;Dauer des Aufschiebens:</translation>
    </message>
    <message>
        <source>Snoozes in a ro&amp;w:</source>
        <translation>&amp;Wie oft hintereinander aufschieben:</translation>
    </message>
    <message>
        <source>&amp;Remind again after:</source>
        <translation>Erneut erinnern &amp;nach:</translation>
    </message>
    <message>
        <source>Remind me only during wor&amp;king hours</source>
        <translation>Nur während der Arbeits&amp;zeit erinnern</translation>
    </message>
    <message>
        <source>Work starts</source>
        <translation>Arbeitsbeginn</translation>
    </message>
    <message>
        <source>Work ends</source>
        <translation>Arbeitsende</translation>
    </message>
    <message>
        <source>Da&amp;ys:</source>
        <translation>Tag&amp;e:</translation>
    </message>
    <message>
        <source>&amp;Quiet while a full-screen window is active</source>
        <translation>&amp;Ruhig, solange ein Vollbildfenster aktiv ist</translation>
    </message>
    <message>
        <source>&amp;Play a sound with the prompt</source>
        <translation>Mit der Erinnerung einen &amp;Ton spielen</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Lautstärke:</translation>
    </message>
    <message>
        <source>&amp;Idle detection:</source>
        <translation>Erkennung von A&amp;bwesenheit:</translation>
    </message>
    <message>
        <source>Language of &amp;menus and windows:</source>
        <translation>Sprache von &amp;Menüs und Fenstern:</translation>
    </message>
    <message>
        <source>Pro&amp;gram level:</source>
        <translation>Pro&amp;grammstufe:</translation>
    </message>
    <message>
        <source>Left-out e&amp;xercises:</source>
        <translation>Ausgelassene Ü&amp;bungen:</translation>
    </message>
    <message>
        <source>&amp;Age range for balance norms:</source>
        <translation>&amp;Altersgruppe für Gleichgewichtsnormen:</translation>
    </message>
    <message>
        <source>Offer the home routine at a set ti&amp;me</source>
        <translation>Den Ablauf für zu Hause zu fester Zeit anb&amp;ieten</translation>
    </message>
    <message>
        <source>A&amp;t:</source>
        <translation>&amp;Um:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Daily program time</source>
        <translation>Uhrzeit des täglichen Programms</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <source>Sound and notifications</source>
        <translation>Ton und Benachrichtigungen</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>No snoozing</source>
        <translation>Kein Aufschieben</translation>
    </message>
    <message>
        <source>Automatic (recommended)</source>
        <translation>Automatisch (empfohlen)</translation>
    </message>
    <message>
        <source>X11 screen-saver extension</source>
        <translation>X11-Bildschirmschoner-Erweiterung</translation>
    </message>
    <message>
        <source>GNOME idle monitor</source>
        <translation>GNOME-Leerlaufmonitor</translation>
    </message>
    <message>
        <source>freedesktop.org screen saver</source>
        <translation>freedesktop.org-Bildschirmschoner</translation>
    </message>
    <message>
        <source>Wayland idle notification</source>
        <translation>Wayland-Leerlaufbenachrichtigung</translation>
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
        <translation>Aus: Pausen nur über Bildschirmsperre und Ruhezustand zählen</translation>
    </message>
    <message>
        <source>Wake up the butt</source>
        <translation>Den Po aufwecken</translation>
    </message>
    <message>
        <source>Use it with your core</source>
        <translation>Mit der Körpermitte einsetzen</translation>
    </message>
    <message>
        <source>Put it all together</source>
        <translation>Alles zusammen</translation>
    </message>
    <message>
        <source>Glutes on their own, at a low load.</source>
        <translation>Die Gesäßmuskeln für sich, bei geringer Last.</translation>
    </message>
    <message>
        <source>Glutes at work with your trunk braced.</source>
        <translation>Die Gesäßmuskeln bei der Arbeit, mit fester Körpermitte.</translation>
    </message>
    <message>
        <source>On one leg and under load, as in running.</source>
        <translation>Auf einem Bein und unter Last, wie beim Laufen.</translation>
    </message>
    <message>
        <source>{0} or older</source>
        <translation>{0} oder älter</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} bis {1}</translation>
    </message>
    <message>
        <source>System ({0})</source>
        <translation>System ({0})</translation>
    </message>
    <message>
        <source>deadbutt-tray settings</source>
        <extracomment>A valid change was made; carries the whole new ``Settings``. The app saves it.</extracomment>
        <translation>deadbutt-tray-Einstellungen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>none: idle detection is unavailable</source>
        <translation>keine: Erkennung von Abwesenheit nicht verfügbar</translation>
    </message>
    <message>
        <source>Working hours must end after they start.</source>
        <translation>Die Arbeitszeit muss nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <source>Pick at least one working day.</source>
        <translation>Wähle mindestens einen Arbeitstag.</translation>
    </message>
    <message>
        <source>Pick at least one day.</source>
        <translation>Wähle mindestens einen Tag.</translation>
    </message>
    <message>
        <source>Kept left out, in case they hurt: {0}. Put any back with its button under Program.</source>
        <translation>Bleiben ausgelassen, falls sie wehtun: {0}. Nimm sie mit ihrer Schaltfläche unter „Programm“ wieder auf.</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Set every setting back to its default? Start at login is not changed.</source>
        <translation>Alle Einstellungen auf ihre Standardwerte zurücksetzen? Der Start bei der Anmeldung bleibt unverändert.</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>Standardwerte &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Standard&amp;werte wiederherstellen</translation>
    </message>
    <message>
        <source>Ho&amp;urs:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Level {0}: {1}</source>
        <translation>Stufe {0}: {1}</translation>
    </message>
    <message>
        <source>Nothing is left out. If an exercise hurts, press “This hurts” during a break and it will be left out until you put it back here.</source>
        <translation>Nichts ist ausgelassen. Wenn eine Übung wehtut, drück während einer Pause „Das tut weh“; dann wird sie ausgelassen, bis du sie hier wieder aufnimmst.</translation>
    </message>
    <message>
        <source>Start deadbutt-tray when I &amp;log in</source>
        <translation>deadbutt-tray bei der Anmeldung aut&amp;omatisch starten</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Start bei der Anmeldung</translation>
    </message>
    <message>
        <source>Uses {0}</source>
        <translation>Verwendet {0}</translation>
    </message>
    <message>
        <source>Idle detection in use</source>
        <translation>Verwendete Erkennung von Abwesenheit</translation>
    </message>
    <message>
        <source>In us&amp;e:</source>
        <translation>A&amp;ktuell verwendet:</translation>
    </message>
    <message>
        <source>Why this idle detection</source>
        <translation>Warum diese Erkennung von Abwesenheit</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Wieder aufnehmen</translation>
    </message>
    <message>
        <source>Put back {0}</source>
        <translation>{0} wieder aufnehmen</translation>
    </message>
    <message>
        <source>Include this exercise in routines again</source>
        <translation>Diese Übung wieder in die Abläufe aufnehmen</translation>
    </message>
    <message>
        <source>Include “{0}” in routines again</source>
        <translation>„{0}“ wieder in die Abläufe aufnehmen</translation>
    </message>
    <message>
        <source>Cannot tell whether it starts at login: {0}</source>
        <translation>Es lässt sich nicht feststellen, ob es bei der Anmeldung startet: {0}</translation>
    </message>
    <message>
        <source>Could not change start at login: {0}</source>
        <translation>Der Start bei der Anmeldung ließ sich nicht ändern: {0}</translation>
    </message>
    <message>
        <source>GNOME shows tray icons only with the “AppIndicator and KStatusNotifierItem Support” extension. Install it (on Debian and Ubuntu: the gnome-shell-extension-appindicator package), turn it on in the Extensions app, then log out and back in.</source>
        <translation>GNOME zeigt Symbole im Infobereich nur mit der Erweiterung „AppIndicator and KStatusNotifierItem Support“. Installiere sie (unter Debian und Ubuntu: das Paket gnome-shell-extension-appindicator), schalte sie in der App „Erweiterungen“ ein, dann melde dich ab und wieder an.</translation>
    </message>
    <message>
        <source>Add the “System Tray” widget to your panel: right-click the panel, choose “Add Widgets…” and drag “System Tray” onto it.</source>
        <translation>Füge deiner Leiste das Widget „Systemabschnitt der Kontrollleiste“ hinzu: Rechtsklick auf die Leiste, „Widgets hinzufügen …“ wählen und „Systemabschnitt der Kontrollleiste“ darauf ziehen.</translation>
    </message>
    <message>
        <source>Your bar needs its tray turned on: in waybar, add &quot;tray&quot; to one of the modules lists; in swaybar, remove any “tray_output none” line from the bar block. Then reload the bar.</source>
        <translation>In deiner Leiste muss der Infobereich eingeschaltet sein: in waybar &quot;tray&quot; zu einer der Modullisten hinzufügen; in swaybar jede Zeile „tray_output none“ aus dem bar-Block entfernen. Dann die Leiste neu laden.</translation>
    </message>
    <message>
        <source>Add “tray_output primary” to the bar { } block of your i3 config, make sure one monitor is primary (xrandr --output NAME --primary), then reload i3.</source>
        <translation>Füge „tray_output primary“ in den bar { }-Block deiner i3-Konfiguration ein, sorge dafür, dass ein Bildschirm primär ist (xrandr --output NAME --primary), dann lade i3 neu.</translation>
    </message>
    <message>
        <source>Your desktop has no system tray right now. Most panels can show one: look for a “System Tray”, “Notification Area” or “Status Notifier” item and add it to your panel, then start deadbutt-tray again.</source>
        <translation>Dein Desktop hat gerade keinen Infobereich. Die meisten Leisten können einen zeigen: such nach einem Element wie „Infobereich“, „Systemabschnitt“ oder „Status Notifier“, füge es deiner Leiste hinzu und starte deadbutt-tray erneut.</translation>
    </message>
    <message>
        <source>Problem notice</source>
        <translation>Problemmeldung</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>deadbutt-tray status</source>
        <translation>deadbutt-tray-Status</translation>
    </message>
    <message>
        <source>Sitting progress</source>
        <translation>Sitzfortschritt</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet …</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status detail</source>
        <translation>Statusdetails</translation>
    </message>
    <message>
        <source>Sitting limit</source>
        <translation>Sitzdauer bis zur Erinnerung</translation>
    </message>
    <message>
        <source>Guided &amp;break</source>
        <translation>Geführte &amp;Pause</translation>
    </message>
    <message>
        <source>Guided break</source>
        <translation>Geführte Pause</translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation>Erinnerungen &amp;anhalten</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Erinnerungen anhalten</translation>
    </message>
    <message>
        <source>Latest notice</source>
        <translation>Letzte Meldung</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Braucht deine Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Want a tray icon instead?</source>
        <translation>Lieber ein Symbol im Infobereich?</translation>
    </message>
    <message>
        <source>How to get a tray icon</source>
        <translation>So bekommst du ein Symbol im Infobereich</translation>
    </message>
    <message>
        <source>&amp;Got it</source>
        <translation>&amp;Verstanden</translation>
    </message>
    <message>
        <source>Dismiss the tray hint</source>
        <translation>Hinweis zum Infobereich schließen</translation>
    </message>
    <message>
        <source>Sitting limit: {0}</source>
        <translation>Sitzdauer bis zur Erinnerung: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n home routine(s)</source>
        <translation>
            <numerusform>%n Ablauf für zu Hause</numerusform>
            <numerusform>%n Abläufe für zu Hause</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n before a run</source>
        <translation>
            <numerusform>%n vor dem Laufen</numerusform>
            <numerusform>%n vor dem Laufen</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Geschafft</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>Von selbst</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Aufgeschoben</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>It hurt</source>
        <translation>Tat weh</translation>
    </message>
    <message>
        <source>Home routine</source>
        <translation>Ablauf für zu Hause</translation>
    </message>
    <message>
        <source>Before a run</source>
        <translation>Vor dem Laufen</translation>
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
        <translation>Wochenübersicht</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ &amp;Vorige Woche</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorige Woche</translation>
    </message>
    <message>
        <source>Previous week (← or Page Up)</source>
        <translation>Vorige Woche (← oder Bild auf)</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Diese &amp;Woche</translation>
    </message>
    <message>
        <source>Back to this week (Home)</source>
        <translation>Zurück zu dieser Woche (Pos1)</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>&amp;Nächste Woche ▶</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Next week (→ or Page Down)</source>
        <translation>Nächste Woche (→ oder Bild ab)</translation>
    </message>
    <message>
        <source>No records this week</source>
        <translation>Keine Einträge in dieser Woche</translation>
    </message>
    <message>
        <source>← → previous / next week · ↑ ↓ day · Home this week · Esc close</source>
        <translation>← → vorige / nächste Woche · ↑ ↓ Tag · Pos1 diese Woche · Esc schließen</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Alle Geräte</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>Sitting per day (hours)</source>
        <translation>Sitzen pro Tag (Stunden)</translation>
    </message>
    <message>
        <source>Sitting per day</source>
        <translation>Sitzen pro Tag</translation>
    </message>
    <message>
        <source>Within the limit</source>
        <translation>Innerhalb der Grenze</translation>
    </message>
    <message>
        <source>Beyond the limit</source>
        <translation>Über der Grenze</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Pausen pro Tag</translation>
    </message>
    <message>
        <source>Breaks and sessions per day</source>
        <translation>Pausen und Einheiten pro Tag</translation>
    </message>
    <message>
        <source>Uninterrupted stretches (minutes)</source>
        <translation>Sitzphasen am Stück (Minuten)</translation>
    </message>
    <message>
        <source>Stretch lengths</source>
        <translation>Länge der Sitzphasen</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Week before</source>
        <translation>Woche davor</translation>
    </message>
    <message>
        <source>Day details</source>
        <translation>Tagesdetails</translation>
    </message>
    <message>
        <source>The week in figures</source>
        <translation>Die Woche in Zahlen</translation>
    </message>
    <message>
        <source>Total sitting</source>
        <translation>Sitzen insgesamt</translation>
    </message>
    <message>
        <source>Within / beyond limit</source>
        <translation>Innerhalb / über der Grenze</translation>
    </message>
    <message>
        <source>Longest stretch</source>
        <translation>Längste Sitzphase</translation>
    </message>
    <message>
        <source>Average stretch</source>
        <translation>Durchschnittliche Sitzphase</translation>
    </message>
    <message>
        <source>Breaks completed</source>
        <translation>Geschaffte Pausen</translation>
    </message>
    <message>
        <source>Other answers</source>
        <translation>Andere Antworten</translation>
    </message>
    <message>
        <source>Natural breaks</source>
        <translation>Pausen von selbst</translation>
    </message>
    <message>
        <source>Home / before a run</source>
        <translation>Zu Hause / vor dem Laufen</translation>
    </message>
    <message>
        <source>Guided-break time</source>
        <translation>Zeit in geführten Pausen</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Program level</source>
        <translation>Programmstufe</translation>
    </message>
    <message>
        <source>Balance (weaker leg)</source>
        <translation>Gleichgewicht (schwächeres Bein)</translation>
    </message>
    <message>
        <source>Week {0} · {1} – {2}</source>
        <translation>Woche {0} · {1} – {2}</translation>
    </message>
    <message>
        <source>This week could not be read</source>
        <translation>Diese Woche ließ sich nicht lesen</translation>
    </message>
    <message>
        <source>Something went wrong reading the history; the log file says what.</source>
        <translation>Beim Lesen des Verlaufs ist etwas schiefgegangen; die Protokolldatei sagt, was.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0} min: {1} this week, {2} the week before</source>
        <translation>{0} min: {1} diese Woche, {2} in der Woche davor</translation>
    </message>
    <message>
        <source>Of each stretch, the first {0} are within the sitting limit, the rest beyond.</source>
        <translation>Von jeder Sitzphase liegen die ersten {0} innerhalb der Grenze, der Rest darüber.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Sitzen</translation>
    </message>
    <message>
        <source>{0} ({1} within the {2} limit, {3} beyond it)</source>
        <translation>{0} ({1} innerhalb der Grenze von {2}, {3} darüber)</translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n stretch(es))</source>
        <translation>
            <numerusform>{0} (%n Sitzphase)</numerusform>
            <numerusform>{0} (%n Sitzphasen)</numerusform>
        </translation>
    </message>
    <message>
        <source>no prompts this week</source>
        <translation>keine Erinnerungen diese Woche</translation>
    </message>
    <message>
        <source>{0} partial · {1} skipped · {2} snoozed</source>
        <translation>{0} teilweise · {1} ausgelassen · {2} aufgeschoben</translation>
    </message>
    <message numerus="yes">
        <source>%n stopped: it hurt</source>
        <translation>
            <numerusform>%n abgebrochen: tat weh</numerusform>
            <numerusform>%n abgebrochen: tat weh</numerusform>
        </translation>
    </message>
    <message>
        <source>--sit-limit must be a number of minutes more than 0 and at most {0} (fractions allowed, e.g. {1}), not {2}</source>
        <translation>--sit-limit muss eine Zahl von Minuten über 0 und höchstens {0} sein (Bruchteile erlaubt, z.&#xa0;B. {1}), nicht {2}</translation>
    </message>
    <message>
        <source>A tray app that tracks continuous sitting and prompts short hip-extension and glute-activation breaks. Run without a command to start it.</source>
        <translation>Eine App im Infobereich, die das Sitzen am Stück misst und kurze Pausen für Hüftstreckung und Gesäßaktivierung vorschlägt. Ohne Befehl gestartet, läuft die App.</translation>
    </message>
    <message>
        <source>Files live in the platform&apos;s folders, or all under --data-dir / ${0}.</source>
        <translation>Die Dateien liegen in den Ordnern des Systems, oder alle unter --data-dir / ${0}.</translation>
    </message>
    <message>
        <source>keep settings, history, exercises and logs under DIR (or set ${0})</source>
        <translation>Einstellungen, Verlauf, Übungen und Protokolle unter DIR ablegen (oder ${0} setzen)</translation>
    </message>
    <message>
        <source>sitting limit for this run only; fractions allowed (e.g. 0.1 to watch a cycle)</source>
        <translation>Sitzdauer bis zur Erinnerung nur für diesen Lauf; Bruchteile erlaubt (z. B. 0.1, um einen Durchlauf zu sehen)</translation>
    </message>
    <message>
        <source>also log to stderr</source>
        <translation>auch auf stderr protokollieren</translation>
    </message>
    <message>
        <source>validate settings, history and exercise files; exit 1 if anything is wrong</source>
        <translation>Einstellungen, Verlauf und Übungsdateien prüfen; Rückgabewert 1, wenn etwas nicht stimmt</translation>
    </message>
    <message>
        <source>Validate the settings file, every history file, the exercise library, its translations and your own exercises. Prints each problem with file, key and what is accepted; exits 1 if there are any, 0 otherwise.</source>
        <translation>Prüft die Einstellungsdatei, jede Verlaufsdatei, die Übungsbibliothek, ihre Übersetzungen und deine eigenen Übungen. Nennt jedes Problem mit Datei, Schlüssel und dem, was erlaubt ist; Rückgabewert 1, wenn es welche gibt, sonst 0.</translation>
    </message>
    <message>
        <source>also list every exercise text not yet translated into LANG (e.g. de)</source>
        <translation>zusätzlich jeden Übungstext auflisten, der noch nicht in LANG übersetzt ist (z. B. de)</translation>
    </message>
    <message>
        <source>start the tray app (the default)</source>
        <translation>die App im Infobereich starten (die Voreinstellung)</translation>
    </message>
    <message>
        <source>start a guided break in the running app (starting the app if needed)</source>
        <translation>eine geführte Pause in der laufenden App starten (die App wird bei Bedarf gestartet)</translation>
    </message>
    <message>
        <source>Start a guided break. Without --routine, the desk micro-break of your level; &apos;home&apos; is the home routine of your level; or a routine id such as home-2 or pre-run.</source>
        <translation>Startet eine geführte Pause. Ohne --routine die Kurzpause am Schreibtisch deiner Stufe; &apos;home&apos; ist der Ablauf für zu Hause deiner Stufe; oder die id eines Ablaufs wie home-2 oder pre-run.</translation>
    </message>
    <message>
        <source>desk-micro (the default), home, pre-run, or a routine id such as home-2</source>
        <translation>desk-micro (die Voreinstellung), home, pre-run oder die id eines Ablaufs wie home-2</translation>
    </message>
    <message>
        <source>hold reminders for MINUTES, or until tomorrow (sitting keeps counting)</source>
        <translation>Erinnerungen für MINUTES Minuten oder bis morgen anhalten (das Sitzen wird weiter gezählt)</translation>
    </message>
    <message>
        <source>end a pause</source>
        <translation>eine Pause der Erinnerungen beenden</translation>
    </message>
    <message>
        <source>quit the running app (it saves the sitting span)</source>
        <translation>die laufende App beenden (sie speichert die Sitzphase)</translation>
    </message>
    <message>
        <source>print the running app&apos;s live state (for panels and scripts); exit 3 if not running</source>
        <translation>den aktuellen Zustand der laufenden App ausgeben (für Leisten und Skripte); Rückgabewert 3, wenn sie nicht läuft</translation>
    </message>
    <message>
        <source>Print one line on the running app&apos;s state, e.g. &apos;Sitting for 23 min · next break in 7 min&apos;. With --json, one JSON object for waybar / polybar custom modules: text, tooltip, class (sitting, due, paused, away, off), percentage (of the sitting limit), sitting_seconds, limit_seconds, next_break. Exits 3 when no copy is running.</source>
        <translation>Gibt eine Zeile zum Zustand der laufenden App aus, z. B. &apos;Sitzt seit 23 min · nächste Pause in 7 min&apos;. Mit --json ein JSON-Objekt für eigene Module von waybar / polybar: text, tooltip, class (sitting, due, paused, away, off), percentage (der Sitzdauer bis zur Erinnerung), sitting_seconds, limit_seconds, next_break. Rückgabewert 3, wenn keine Instanz läuft.</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <source>print the weekly sitting summary (this week, or --week YYYY-Www)</source>
        <translation>die Wochenübersicht des Sitzens ausgeben (diese Woche oder --week YYYY-Www)</translation>
    </message>
    <message>
        <source>Print the figures of the weekly summary window for one ISO week: sitting within and beyond the limit, stretches, breaks, streak, balance, and a comparison with the week before.</source>
        <translation>Gibt die Zahlen der Wochenübersicht für eine ISO-Woche aus: Sitzen innerhalb und über der Grenze, Sitzphasen, Pausen, Serie, Gleichgewicht und einen Vergleich mit der Woche davor.</translation>
    </message>
    <message>
        <source>the ISO week, e.g. 2026-W48</source>
        <translation>die ISO-Woche, z. B. 2026-W48</translation>
    </message>
    <message>
        <source>print the figures as JSON</source>
        <translation>die Zahlen als JSON ausgeben</translation>
    </message>
    <message>
        <source>export history records as CSV or JSON for spreadsheets</source>
        <translation>Einträge des Verlaufs als CSV oder JSON für Tabellenkalkulationen exportieren</translation>
    </message>
    <message>
        <source>Write history records (one row per record, with a &apos;type&apos; column) to FILE. Without --from/--to, all of it. Dates are local days, both included.</source>
        <translation>Schreibt Einträge des Verlaufs (eine Zeile pro Eintrag, mit einer Spalte &apos;type&apos;) in FILE. Ohne --from/--to alles. Daten sind lokale Tage, beide eingeschlossen.</translation>
    </message>
    <message>
        <source>the file to write (&apos;-&apos; for stdout)</source>
        <translation>die zu schreibende Datei (&apos;-&apos; für die Standardausgabe)</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>FILE ersetzen, wenn es sie schon gibt</translation>
    </message>
    <message>
        <source>{0} is not a date: write it like 2026-11-24</source>
        <translation>{0} ist kein Datum: schreib es wie 2026-11-24</translation>
    </message>
    <message>
        <source>{0} is not accepted: whole minutes from 1 to 1440, or &apos;tomorrow&apos;</source>
        <translation>{0} geht nicht: ganze Minuten von 1 bis 1440 oder &apos;tomorrow&apos;</translation>
    </message>
    <message>
        <source>pause for 1 to 1440 minutes, or &apos;tomorrow&apos;</source>
        <translation>anhalten für 1 bis 1440 Minuten oder &apos;tomorrow&apos;</translation>
    </message>
    <message>
        <source>unknown routine {0}; known are: {1}</source>
        <translation>unbekannte Routine {0}; bekannt sind: {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n Problem gefunden.</numerusform>
            <numerusform>%n Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>All good: {0} checked ({1}, {2} of which {3} your own, {4}).</source>
        <translation>Alles gut: {0} geprüft ({1}, {2}, davon {3} eigene, {4}).</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history month(s)</source>
        <translation>
            <numerusform>%n Verlaufsmonat</numerusform>
            <numerusform>%n Verlaufsmonate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation>
            <numerusform>%n Ablauf</numerusform>
            <numerusform>%n Abläufe</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>No history files of device {0} in {1} (devices: {2}).</source>
        <translation>Keine Verlaufsdateien des Geräts {0} in {1} (Geräte: {2}).</translation>
    </message>
    <message numerus="yes">
        <source>%n history problem(s): the output leaves those records out (exit status {0}). Nothing was changed; `{1} check` lists them.</source>
        <translation>
            <numerusform>%n Problem im Verlauf: die Ausgabe lässt diese Einträge weg (Rückgabewert {0}). Nichts wurde geändert; `{1} check` listet sie auf.</numerusform>
            <numerusform>%n Probleme im Verlauf: die Ausgabe lässt diese Einträge weg (Rückgabewert {0}). Nichts wurde geändert; `{1} check` listet sie auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: {0}</source>
        <translation>Warnung: {0}</translation>
    </message>
    <message>
        <source>--from {0} is after --to {1}: nothing to export</source>
        <translation>--from {0} liegt nach --to {1}: nichts zu exportieren</translation>
    </message>
    <message>
        <source>{0} already exists; add --force to replace it</source>
        <translation>{0} gibt es schon; mit --force wird die Datei ersetzt</translation>
    </message>
    <message>
        <source>Can&apos;t write {0}: {1}</source>
        <translation>{0} lässt sich nicht schreiben: {1}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {0}.</source>
        <translation>
            <numerusform>%n Eintrag nach {0} exportiert.</numerusform>
            <numerusform>%n Einträge nach {0} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Can&apos;t read the history folder {0}: {1}. Nothing exported.</source>
        <translation>Der Verlaufsordner {0} lässt sich nicht lesen: {1}. Nichts exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n Tag in Folge</numerusform>
            <numerusform>%n Tage in Folge</numerusform>
        </translation>
    </message>
    <message>
        <source>at least {0}</source>
        <translation>mindestens {0}</translation>
    </message>
    <message>
        <source>Days with at least {0} completed or natural breaks (fewer on a day with little sitting). Days without sitting don&apos;t count either way.</source>
        <translation>Tage mit mindestens {0} geschafften Pausen oder Pausen von selbst (weniger an Tagen mit wenig Sitzen). Tage ohne Sitzen zählen weder dafür noch dagegen.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>The latest single-leg balance test, eyes open: the weaker leg&apos;s time.</source>
        <translation>Der letzte Gleichgewichtstest auf einem Bein mit offenen Augen: die Zeit des schwächeren Beins.</translation>
    </message>
    <message>
        <source>no test these two weeks</source>
        <translation>kein Test in diesen zwei Wochen</translation>
    </message>
    <message>
        <source>{0}, {1}{2:.0f} s on the test before</source>
        <translation>{0}, {1}{2:.0f} s beim Test davor</translation>
    </message>
    <message>
        <source>{0} (week before)</source>
        <translation>{0} (Woche davor)</translation>
    </message>
    <message>
        <source>{0} · pelvis drop standing on the right</source>
        <translation>{0} · Becken sinkt ab, auf dem rechten Bein stehend</translation>
    </message>
    <message>
        <source>{0} · pelvis drop standing on the left</source>
        <translation>{0} · Becken sinkt ab, auf dem linken Bein stehend</translation>
    </message>
    <message>
        <source>year {year} is not accepted: 1 to 9998</source>
        <translation>das Jahr {year} geht nicht: 1 bis 9998</translation>
    </message>
    <message>
        <source>{year} has weeks 1 to {last}, not week {week}</source>
        <translation>{year} hat die Wochen 1 bis {last}, keine Woche {week}</translation>
    </message>
    <message>
        <source>{text} is not a week: write it like 2026-W48</source>
        <translation>{text} ist keine Woche: schreib sie wie 2026-W48</translation>
    </message>
    <message>
        <source>{text} is not accepted: the summary reads the weeks on either side too, so 0001-W02 to 9998-W51</source>
        <translation>{text} geht nicht: die Übersicht liest auch die Wochen davor und danach, also 0001-W02 bis 9998-W51</translation>
    </message>
    <message>
        <source>Nothing was recorded the week before, so there is nothing to compare with.</source>
        <translation>In der Woche davor wurde nichts erfasst, es gibt also nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>So far about as much sitting as by this time last week.</source>
        <translation>Bisher etwa so viel Sitzen wie zu dieser Zeit letzte Woche.</translation>
    </message>
    <message>
        <source>About as much sitting as the week before.</source>
        <translation>Etwa so viel Sitzen wie in der Woche davor.</translation>
    </message>
    <message>
        <source>So far you sat {0} less than by this time last week.</source>
        <translation>Bisher hast du {0} weniger gesessen als zu dieser Zeit letzte Woche.</translation>
    </message>
    <message>
        <source>So far you sat {0} more than by this time last week.</source>
        <translation>Bisher hast du {0} mehr gesessen als zu dieser Zeit letzte Woche.</translation>
    </message>
    <message>
        <source>You sat {0} less than the week before.</source>
        <translation>Du hast {0} weniger gesessen als in der Woche davor.</translation>
    </message>
    <message>
        <source>You sat {0} more than the week before.</source>
        <translation>Du hast {0} mehr gesessen als in der Woche davor.</translation>
    </message>
    <message>
        <source>Mon</source>
        <comment>short weekday</comment>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <comment>short weekday</comment>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <comment>short weekday</comment>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <comment>short weekday</comment>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <comment>short weekday</comment>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <comment>short weekday</comment>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <comment>short weekday</comment>
        <translation>So</translation>
    </message>
    <message>
        <source>Jan</source>
        <comment>short month</comment>
        <translation>Jan.</translation>
    </message>
    <message>
        <source>Feb</source>
        <comment>short month</comment>
        <translation>Feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <comment>short month</comment>
        <translation>März</translation>
    </message>
    <message>
        <source>Apr</source>
        <comment>short month</comment>
        <translation>Apr.</translation>
    </message>
    <message>
        <source>May</source>
        <comment>short month</comment>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <comment>short month</comment>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <comment>short month</comment>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <comment>short month</comment>
        <translation>Aug.</translation>
    </message>
    <message>
        <source>Sep</source>
        <comment>short month</comment>
        <translation>Sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <comment>short month</comment>
        <translation>Okt.</translation>
    </message>
    <message>
        <source>Nov</source>
        <comment>short month</comment>
        <translation>Nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <comment>short month</comment>
        <translation>Dez.</translation>
    </message>
    <message>
        <source>{0} {1} {2}</source>
        <comment>date: short weekday, day, short month</comment>
        <translation>{0} {1}. {2}</translation>
    </message>
    <message>
        <source>Week {0} · {1} – {2} {3}</source>
        <translation>Woche {0} · {1} – {2} {3}</translation>
    </message>
    <message>
        <source>This week has not begun yet.</source>
        <translation>Diese Woche hat noch nicht begonnen.</translation>
    </message>
    <message>
        <source>Nothing recorded yet this week: sitting shows up once a stretch ends.</source>
        <translation>In dieser Woche ist noch nichts erfasst: Sitzen erscheint, sobald eine Sitzphase endet.</translation>
    </message>
    <message>
        <source>Nothing was recorded this week.</source>
        <translation>In dieser Woche wurde nichts erfasst.</translation>
    </message>
    <message>
        <source>The week before: {0} of sitting.</source>
        <translation>Die Woche davor: {0} Sitzen.</translation>
    </message>
    <message>
        <source>{0} completed of {1} prompted{2}</source>
        <translation>{0} geschafft von {1} Erinnerungen{2}</translation>
    </message>
    <message>
        <source>{0} partial, {1} skipped, {2} snoozed; {3} natural; {4} stopped for pain</source>
        <translation>{0} teilweise, {1} ausgelassen, {2} aufgeschoben; {3} von selbst; {4} wegen Schmerzen abgebrochen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Guided breaks</source>
        <translation>Geführte Pausen</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Gleichgewicht</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Innerhalb</translation>
    </message>
    <message>
        <source>Beyond</source>
        <translation>Darüber</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Längste</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Breaks (completed/prompted, natural)  Sessions</source>
        <translation>Pausen (geschafft/Erinnerungen, von selbst)  Einheiten</translation>
    </message>
    <message>
        <source>, {0} stopped for pain</source>
        <translation>, {0} wegen Schmerzen abgebrochen</translation>
    </message>
    <message>
        <source>Uninterrupted stretches</source>
        <translation>Sitzphasen am Stück</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>diese Woche</translation>
    </message>
    <message>
        <source>the week before</source>
        <translation>die Woche davor</translation>
    </message>
    <message>
        <source>under 15 min</source>
        <translation>unter 15 min</translation>
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
        <translation>60 min oder mehr</translation>
    </message>
    <message numerus="yes">
        <source>%n break(s)</source>
        <translation>
            <numerusform>%n Pause</numerusform>
            <numerusform>%n Pausen</numerusform>
        </translation>
    </message>
    <message>
        <source>no day in a row yet with the daily target of {0}</source>
        <translation>noch kein Tag in Folge mit dem Tagesziel von {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} in a row with the daily target of {1}</source>
        <translation>{0} in Folge mit dem Tagesziel von {1}</translation>
    </message>
    <message>
        <source>no test in these two weeks</source>
        <translation>kein Test in diesen zwei Wochen</translation>
    </message>
    <message>
        <source>{0:.0f} s on the weaker leg, eyes open</source>
        <translation>{0:.0f} s auf dem schwächeren Bein, Augen offen</translation>
    </message>
    <message>
        <source> (tested the week before)</source>
        <translation> (getestet in der Woche davor)</translation>
    </message>
    <message>
        <source>; about the same as the test before</source>
        <translation>; etwa gleich wie beim Test davor</translation>
    </message>
    <message>
        <source>; {0:.0f} s up on the test before</source>
        <translation>; {0:.0f} s mehr als beim Test davor</translation>
    </message>
    <message>
        <source>; {0:.0f} s down on the test before</source>
        <translation>; {0:.0f} s weniger als beim Test davor</translation>
    </message>
    <message>
        <source>; pelvis drop standing on the right</source>
        <translation>; Becken sinkt ab beim Stehen auf rechts</translation>
    </message>
    <message>
        <source>; pelvis drop standing on the left</source>
        <translation>; Becken sinkt ab beim Stehen auf links</translation>
    </message>
    <message>
        <source>This week hasn&apos;t begun yet</source>
        <translation>Diese Woche hat noch nicht begonnen</translation>
    </message>
    <message>
        <source>Nothing recorded yet this week</source>
        <translation>In dieser Woche ist noch nichts erfasst</translation>
    </message>
    <message>
        <source>Your sitting shows up here each time a stretch ends, so at your next break.</source>
        <translation>Dein Sitzen erscheint hier jedes Mal, wenn eine Sitzphase endet, also bei deiner nächsten Pause.</translation>
    </message>
    <message>
        <source>Nothing recorded this week</source>
        <translation>In dieser Woche wurde nichts erfasst</translation>
    </message>
    <message>
        <source>The app wasn&apos;t running, or you were away from the desk.</source>
        <translation>Die App lief nicht, oder du warst nicht am Schreibtisch.</translation>
    </message>
    <message numerus="yes">
        <source>The week before: {0} of sitting, %n break(s) completed.</source>
        <translation>
            <numerusform>Die Woche davor: {0} Sitzen, %n Pause geschafft.</numerusform>
            <numerusform>Die Woche davor: {0} Sitzen, %n Pausen geschafft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use ← and → to see other weeks.</source>
        <translation>Mit ← und → siehst du andere Wochen.</translation>
    </message>
    <message>
        <source>{0}: still to come.</source>
        <translation>{0}: kommt noch.</translation>
    </message>
    <message>
        <source>{0} (today): nothing recorded yet.</source>
        <translation>{0} (heute): noch nichts erfasst.</translation>
    </message>
    <message>
        <source>{0}: no sitting recorded.</source>
        <translation>{0}: kein Sitzen erfasst.</translation>
    </message>
    <message>
        <source>{0}: sat {1} — {2} within the limit, {3} beyond it.</source>
        <translation>{0}: {1} gesessen — {2} innerhalb der Grenze, {3} darüber.</translation>
    </message>
    <message numerus="yes">
        <source>Longest stretch {0} (%n stretch(es) ended this day).</source>
        <translation>
            <numerusform>Längste Sitzphase {0} (%n Sitzphase endete an diesem Tag).</numerusform>
            <numerusform>Längste Sitzphase {0} (%n Sitzphasen endeten an diesem Tag).</numerusform>
        </translation>
    </message>
    <message>
        <source>Breaks: {0} completed, {1} partial, {2} natural; {3} snoozed, {4} skipped.</source>
        <translation>Pausen: {0} geschafft, {1} teilweise, {2} von selbst; {3} aufgeschoben, {4} ausgelassen.</translation>
    </message>
    <message numerus="yes">
        <source>%n stopped because it hurt.</source>
        <translation>
            <numerusform>%n abgebrochen, weil es wehtat.</numerusform>
            <numerusform>%n abgebrochen, weil es wehtat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Guided: {0}.</source>
        <translation>Geführt: {0}.</translation>
    </message>
    <message>
        <source>Sessions: {0}.</source>
        <translation>Einheiten: {0}.</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n prompt(s) ({1})</source>
        <translation>
            <numerusform>{0} von %n Erinnerung ({1})</numerusform>
            <numerusform>{0} von %n Erinnerungen ({1})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daily target of %n break(s) reached.</source>
        <translation>
            <numerusform>Tagesziel von %n Pause erreicht.</numerusform>
            <numerusform>Tagesziel von %n Pausen erreicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daily target of %n break(s) missed ({0}).</source>
        <translation>
            <numerusform>Tagesziel von %n Pause verfehlt ({0}).</numerusform>
            <numerusform>Tagesziel von %n Pausen verfehlt ({0}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n break(s) for today&apos;s target so far.</source>
        <translation>
            <numerusform>{0} von %n Pause für das heutige Ziel bisher.</numerusform>
            <numerusform>{0} von %n Pausen für das heutige Ziel bisher.</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>unter einer Minute</translation>
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
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format: day, short month and year</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>date format: weekday, day and month</comment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <comment>chart label: short weekday name and day of the month</comment>
        <translation>{0} {1}.</translation>
    </message>
    <message>
        <source>your balance improved from {0} to {1} on the weaker leg</source>
        <translation>dein Gleichgewicht hat sich auf dem schwächeren Bein von {0} auf {1} verbessert</translation>
    </message>
    <message>
        <source>you balance {0} on each leg</source>
        <translation>du hältst das Gleichgewicht {0} auf jedem Bein</translation>
    </message>
    <message>
        <source>{0} {1} at level {2}, and {3}.</source>
        <comment>level suggestion: breaks, days, level, balance</comment>
        <translation>{0} {1} auf Stufe {2}, und {3}.</translation>
    </message>
    <message numerus="yes">
        <source>%n completed break(s)</source>
        <translation>
            <numerusform>%n geschaffte Pause</numerusform>
            <numerusform>%n geschaffte Pausen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n different day(s)</source>
        <translation>
            <numerusform>an %n Tag</numerusform>
            <numerusform>an %n verschiedenen Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle detection is off, as chosen in Settings: breaks are counted from screen lock and sleep, and when you take them.</source>
        <translation>Die Erkennung von Abwesenheit ist ausgeschaltet, wie in den Einstellungen gewählt: Pausen werden über Bildschirmsperre und Ruhezustand gezählt und wenn du sie machst.</translation>
    </message>
    <message>
        <source>none, as chosen (screen lock and sleep only)</source>
        <translation>keine, wie gewählt (nur Bildschirmsperre und Ruhezustand)</translation>
    </message>
    <message>
        <source>Away from the desk · sitting resets after a short break</source>
        <translation>Nicht am Schreibtisch · das Sitzen beginnt nach einer kurzen Pause neu</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>In der Pause</translation>
    </message>
    <message>
        <source>Sitting for {0}</source>
        <translation>Sitzt seit {0}</translation>
    </message>
    <message>
        <source>{0} · paused until {1}</source>
        <translation>{0} · angehalten bis {1}</translation>
    </message>
    <message>
        <source>{0} · outside working hours</source>
        <translation>{0} · außerhalb der Arbeitszeit</translation>
    </message>
    <message>
        <source>{0} · do not disturb</source>
        <translation>{0} · nicht stören</translation>
    </message>
    <message>
        <source>{0} · break due now</source>
        <translation>{0} · Pause jetzt fällig</translation>
    </message>
    <message>
        <source>{0} · next break in {1} min</source>
        <translation>{0} · nächste Pause in {1} min</translation>
    </message>
    <message>
        <source>&amp;Snooze / Pause</source>
        <translation>&amp;Aufschieben / Anhalten</translation>
    </message>
    <message>
        <source>Welcome to deadbutt-tray</source>
        <translation>Willkommen bei deadbutt-tray</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Long hours in a chair leave the glutes switched off. deadbutt-tray keeps an eye on how long you have been sitting and, at the right moment, suggests a short break that wakes them up.</source>
        <translation>Lange Stunden auf dem Stuhl legen die Gesäßmuskeln lahm. deadbutt-tray behält im Blick, wie lange du schon sitzt, und schlägt im richtigen Moment eine kurze Pause vor, die sie aufweckt.</translation>
    </message>
    <message>
        <source>You will get a nudge after {0} of sitting without a real break. Stepping away from the computer for a few minutes counts as a break too. You can change the limit in Settings.</source>
        <translation>Du bekommst eine Erinnerung nach {0} Sitzen ohne echte Pause. Ein paar Minuten weg vom Computer zählen auch als Pause. Die Grenze kannst du in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Everything stays on this computer, as plain text files in a folder you can open from About:</source>
        <translation>Alles bleibt auf diesem Computer, als einfache Textdateien in einem Ordner, den du unter „Über“ öffnen kannst:</translation>
    </message>
    <message>
        <source>Let&apos;s go</source>
        <translation>Los geht’s</translation>
    </message>
    <message>
        <source>Daily program — deadbutt-tray</source>
        <translation>Tägliches Programm — deadbutt-tray</translation>
    </message>
    <message>
        <source>Daily program</source>
        <translation>Tägliches Programm</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s): the log has each of them, and deadbutt-tray check lists those in your files.</source>
        <translation>
            <numerusform>%n weiteres Problem: Das Protokoll nennt jedes, und deadbutt-tray check listet die in deinen Dateien auf.</numerusform>
            <numerusform>%n weitere Probleme: Das Protokoll nennt jedes, und deadbutt-tray check listet die in deinen Dateien auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time for your home routine ({0}).</source>
        <translation>Zeit für deinen Ablauf für zu Hause ({0}).</translation>
    </message>
    <message numerus="yes">
        <source>Level {0}, %n exercise(s), some on the floor: a mat or a rug helps.</source>
        <translation>
            <numerusform>Stufe {0}, %n Übung, manche auf dem Boden: eine Matte oder ein Teppich hilft.</numerusform>
            <numerusform>Stufe {0}, %n Übungen, manche auf dem Boden: eine Matte oder ein Teppich hilft.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start home routine</source>
        <translation>Ablauf für zu Hause &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Later ({0})</source>
        <translation>S&amp;päter ({0})</translation>
    </message>
    <message>
        <source>S&amp;kip today</source>
        <translation>Heute aus&amp;lassen</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (möglich sind %(choices)s)</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ein Argument erwartet</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger Wert für %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
    </message>
    <message>
        <source>{0}%</source>
        <comment>percentage</comment>
        <translation>{0}&#xa0;%</translation>
    </message>
    <message>
        <source>the running copy refused</source>
        <translation>die laufende Instanz hat abgelehnt</translation>
    </message>
    <message>
        <source>{0} is not running.</source>
        <translation>{0} läuft nicht.</translation>
    </message>
    <message>
        <source>{0} is already running; showed it.</source>
        <translation>{0} läuft schon; es wurde angezeigt.</translation>
    </message>
    <message>
        <source>{0} is not running (start it with: {0}).</source>
        <translation>{0} läuft nicht (starten mit: {0}).</translation>
    </message>
    <message>
        <source>{id} is already used</source>
        <translation>{id} ist schon vergeben</translation>
    </message>
    <message>
        <source>{id} is already used by {other}; skipped</source>
        <translation>{id} ist schon von {other} vergeben; übersprungen</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>lässt sich nicht lesen ({reason})</translation>
    </message>
    <message>
        <source>larger than {size} KB</source>
        <translation>größer als {size} KB</translation>
    </message>
    <message>
        <source>{problem}; the file was skipped</source>
        <translation>{problem}; die Datei wurde übersprungen</translation>
    </message>
    <message>
        <source>{id} is not accepted: it must match the file name ({name})</source>
        <translation>{id} geht nicht: muss dem Dateinamen entsprechen ({name})</translation>
    </message>
    <message>
        <source>two words, for the first and the second half of a repetition, from: {choices}; e.g. [&quot;Down&quot;, &quot;Up&quot;]</source>
        <translation>zwei Wörter, für die erste und die zweite Hälfte einer Wiederholung, aus: {choices}; z.&#xa0;B. [&quot;Down&quot;, &quot;Up&quot;]</translation>
    </message>
    <message>
        <source>is missing or not a table: accepted is [dose] with sets, reps and/or hold_s, sides = &quot;both&quot; | &quot;each&quot;, tempo_s, rest_s</source>
        <translation>fehlt oder ist keine Tabelle: erwartet wird [dose] mit sets, reps und/oder hold_s, sides = &quot;both&quot; | &quot;each&quot;, tempo_s, rest_s</translation>
    </message>
    <message>
        <source>is missing: give reps (repetitions), hold_s (seconds), or both</source>
        <translation>fehlt: gib reps (Wiederholungen), hold_s (Sekunden) oder beides an</translation>
    </message>
    <message>
        <source>is not accepted: [[pose]] tables, one per frame</source>
        <translation>geht nicht: erwartet werden [[pose]]-Tabellen, eine pro Bild</translation>
    </message>
    <message numerus="yes">
        <source>has %n table(s): accepted is 2 to {most} [[pose]] tables, the start position first and the end position last</source>
        <translation>
            <numerusform>hat %n Tabelle: erwartet werden 2 bis {most} [[pose]]-Tabellen, zuerst die Ausgangs- und zuletzt die Endstellung</numerusform>
            <numerusform>hat %n Tabellen: erwartet werden 2 bis {most} [[pose]]-Tabellen, zuerst die Ausgangs- und zuletzt die Endstellung</numerusform>
        </translation>
    </message>
    <message>
        <source>a table of point = surface, e.g. {example}; points: {points}; surfaces: {surfaces}</source>
        <translation>eine Tabelle Punkt = Fläche, z.&#xa0;B. {example}; Punkte: {points}; Flächen: {surfaces}</translation>
    </message>
    <message>
        <source>a list of 2 to {most} relative paths of .svg files, e.g. {example}, start first and end last</source>
        <translation>eine Liste von 2 bis {most} relativen Pfaden zu .svg-Dateien, z.&#xa0;B. {example}, zuerst der Anfang, zuletzt das Ende</translation>
    </message>
    <message numerus="yes">
        <source>has %n path(s) but there are {poses} [[pose]] tables: accepted is one frame per pose</source>
        <translation>
            <numerusform>hat %n Pfad, aber es gibt {poses} [[pose]]-Tabellen: erwartet wird ein Bild pro Pose</numerusform>
            <numerusform>hat %n Pfade, aber es gibt {poses} [[pose]]-Tabellen: erwartet wird ein Bild pro Pose</numerusform>
        </translation>
    </message>
    <message>
        <source>{paths} not found (relative to {folder}); the generic pictures are used</source>
        <translation>{paths} nicht gefunden (relativ zu {folder}); die allgemeinen Bilder werden verwendet</translation>
    </message>
    <message>
        <source>a list of 1 to 20 exercise ids</source>
        <translation>eine Liste von 1 bis 20 Übungs-IDs</translation>
    </message>
    <message>
        <source>{id} is not a known exercise; accepted: the id of a file in exercises/</source>
        <translation>{id} ist keine bekannte Übung; erwartet wird die ID einer Datei in exercises/</translation>
    </message>
    <message>
        <source>tables [doses.&lt;exercise id&gt;] with sets, reps and/or hold_s, for exercises of this routine</source>
        <translation>Tabellen [doses.&lt;Übungs-ID&gt;] mit sets, reps und/oder hold_s, für Übungen dieser Routine</translation>
    </message>
    <message>
        <source>{id} is not an exercise of this routine&apos;s list</source>
        <translation>{id} ist keine Übung aus der Liste dieser Routine</translation>
    </message>
    <message>
        <source>a table with sets, reps and/or hold_s</source>
        <translation>eine Tabelle mit sets, reps und/oder hold_s</translation>
    </message>
    <message>
        <source>is not accepted: the exercise is a hold, not repetitions</source>
        <translation>geht nicht: die Übung wird gehalten, nicht wiederholt</translation>
    </message>
    <message>
        <source>unknown table; use &quot;exercises&quot; or &quot;routines&quot;</source>
        <extracomment>The translatable fields: a text, or a list of texts (as many as the English one has).</extracomment>
        <translation>unbekannte Tabelle; verwende &quot;exercises&quot; oder &quot;routines&quot;</translation>
    </message>
    <message>
        <source>must be a table of ids</source>
        <translation>muss eine Tabelle von IDs sein</translation>
    </message>
    <message>
        <source>unknown id {id}</source>
        <translation>unbekannte ID {id}</translation>
    </message>
    <message>
        <source>must be a table of {fields}</source>
        <translation>muss eine Tabelle mit {fields} sein</translation>
    </message>
    <message>
        <source>unknown field; translatable fields: {fields}</source>
        <translation>unbekanntes Feld; übersetzbare Felder: {fields}</translation>
    </message>
    <message>
        <source>must be a non-empty text; English is shown</source>
        <translation>muss ein nicht leerer Text sein; Englisch wird angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>must be a list of %n non-empty text(s), as in English; English is shown</source>
        <translation>
            <numerusform>muss eine Liste mit %n nicht leeren Text sein, wie im Englischen; Englisch wird angezeigt</numerusform>
            <numerusform>muss eine Liste mit %n nicht leeren Texten sein, wie im Englischen; Englisch wird angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>not translated: {fields} (English is shown)</source>
        <translation>nicht übersetzt: {fields} (Englisch wird angezeigt)</translation>
    </message>
    <message>
        <source>lower-case letters, digits and single dashes, e.g. &quot;wall-sit&quot;</source>
        <translation>Kleinbuchstaben, Ziffern und einzelne Bindestriche, z.&#xa0;B. &quot;wall-sit&quot;</translation>
    </message>
    <message>
        <source>a very long number</source>
        <translation>eine sehr lange Zahl</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>einer von {choices}</translation>
    </message>
    <message>
        <source>unknown key, ignored; accepted: {keys}</source>
        <translation>unbekannter Schlüssel, ignoriert; erlaubt: {keys}</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>a text of 1 to {most} characters</source>
        <translation>ein Text mit 1 bis {most} Zeichen</translation>
    </message>
    <message>
        <source>a text in quotes</source>
        <translation>ein Text in Anführungszeichen</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>eine ganze Zahl von {low} bis {high}</translation>
    </message>
    <message>
        <source>a whole number, {low} or more</source>
        <translation>eine ganze Zahl, {low} oder mehr</translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation>eine Zahl von {low} bis {high}</translation>
    </message>
    <message>
        <source>a date-time with offset, e.g. {example}</source>
        <translation>ein Zeitpunkt mit Zeitverschiebung, z.&#xa0;B. {example}</translation>
    </message>
    <message>
        <source>a list of {low} to {high} texts, each 1 to {most} characters</source>
        <translation>eine Liste von {low} bis {high} Texten mit je 1 bis {most} Zeichen</translation>
    </message>
    <message>
        <source>a list of at least one of {choices}, each at most once</source>
        <translation>eine Liste mit mindestens einem von {choices}, jedes höchstens einmal</translation>
    </message>
    <message>
        <source>a list of {choices}, each at most once</source>
        <translation>eine Liste aus {choices}, jedes höchstens einmal</translation>
    </message>
    <message>
        <source>{value} is not accepted: {accepted}</source>
        <translation>{value} geht nicht: erlaubt ist {accepted}</translation>
    </message>
    <message>
        <source>a whole number of seconds, 0 or more</source>
        <translation>eine ganze Zahl von Sekunden, 0 oder mehr</translation>
    </message>
    <message>
        <source>a number of seconds from 0 to {high}</source>
        <translation>eine Zahl von Sekunden von 0 bis {high}</translation>
    </message>
    <message>
        <source>a list of {example}</source>
        <translation>eine Liste von {example}</translation>
    </message>
    <message>
        <source>a list of {choices}</source>
        <translation>eine Liste aus {choices}</translation>
    </message>
    <message>
        <source>a list of exercise ids, e.g. [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>eine Liste von Übungs-IDs, z.&#xa0;B. [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>is not a table</source>
        <translation>ist keine Tabelle</translation>
    </message>
    <message>
        <source>is before start: accepted is end &gt;= start</source>
        <translation>liegt vor start: erlaubt ist end &gt;= start</translation>
    </message>
    <message>
        <source>{accepted}, {note}</source>
        <translation>{accepted}, {note}</translation>
    </message>
    <message>
        <source>a number of minutes from {low} to {high}</source>
        <translation>eine Zahl von Minuten von {low} bis {high}</translation>
    </message>
    <message>
        <source>a whole number of seconds from {low} to {high}</source>
        <translation>eine ganze Zahl von Sekunden von {low} bis {high}</translation>
    </message>
    <message>
        <source>a whole percentage from {low} to {high}</source>
        <translation>ein ganzer Prozentwert von {low} bis {high}</translation>
    </message>
    <message>
        <source>a time of day such as 09:00:00 or &quot;09:00&quot;</source>
        <translation>eine Uhrzeit wie 09:00:00 oder &quot;09:00&quot;</translation>
    </message>
    <message>
        <source>a list of ids such as &quot;wall-sit-squeeze&quot; (lower-case letters, digits and dashes), each at most once</source>
        <translation>eine Liste von IDs wie &quot;wall-sit-squeeze&quot; (Kleinbuchstaben, Ziffern und Bindestriche), jede höchstens einmal</translation>
    </message>
    <message>
        <source>{file}: {key}: {problem}</source>
        <translation>{file}: {key}: {problem}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>it is {reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>its top level is not a TOML table</source>
        <translation>ihre oberste Ebene ist keine TOML-Tabelle</translation>
    </message>
    <message>
        <source>its schema is {schema}; this version reads schema 1 to {newest}</source>
        <translation>ihr Schema ist {schema}; diese Version liest Schema 1 bis {newest}</translation>
    </message>
    <message>
        <source>it was written by a newer version of deadbutt-tray (schema {schema}); this version reads schema {newest} or older</source>
        <translation>sie wurde von einer neueren Version von deadbutt-tray geschrieben (Schema {schema}); diese Version liest Schema {newest} oder älter</translation>
    </message>
    <message>
        <source>is not accepted: a list of [[{table}]] tables</source>
        <translation>geht nicht: erwartet wird eine Liste von [[{table}]]-Tabellen</translation>
    </message>
    <message>
        <source>is missing: accepted is schema = {schema}</source>
        <translation>fehlt: erwartet wird schema = {schema}</translation>
    </message>
    <message>
        <source>belongs in a {month} file (the month of its own date); queries may miss it here</source>
        <translation>gehört in eine Datei {month} (der Monat seines eigenen Datums); Abfragen können ihn hier übersehen</translation>
    </message>
    <message>
        <source>was moved aside because it could not be read; nothing in it was deleted. Repair it and rename it to YYYY-MM.toml (merging it with any newer file of that name), or remove it</source>
        <translation>wurde beiseitegelegt, weil sie sich nicht lesen ließ; nichts darin wurde gelöscht. Repariere sie und benenne sie in YYYY-MM.toml um (und führe sie mit einer neueren Datei dieses Namens zusammen) oder entferne sie</translation>
    </message>
    <message>
        <source>looks like a sync tool&apos;s conflict copy: the app does not read it; move any records you miss into a YYYY-MM.toml file and remove it</source>
        <translation>sieht nach einer Konfliktkopie eines Synchronisierungsprogramms aus: die App liest sie nicht; verschiebe fehlende Einträge in eine Datei YYYY-MM.toml und entferne sie</translation>
    </message>
    <message>
        <source>is not named YYYY-MM.DEVICE.toml or YYYY-MM.toml, so the app does not read it</source>
        <translation>heißt nicht YYYY-MM.DEVICE.toml oder YYYY-MM.toml, daher liest die App sie nicht</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) kept in memory, to be saved when possible.</source>
        <translation>
            <numerusform>%n Eintrag bleibt im Speicher und wird gespeichert, sobald es geht.</numerusform>
            <numerusform>%n Einträge bleiben im Speicher und werden gespeichert, sobald es geht.</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem} {outcome}</source>
        <translation>{problem} {outcome}</translation>
    </message>
    <message>
        <source>Can&apos;t read the history folder {folder}: {reason}.</source>
        <translation>Der Verlaufsordner {folder} lässt sich nicht lesen: {reason}.</translation>
    </message>
    <message>
        <source>can&apos;t write it: {reason}</source>
        <translation>lässt sich nicht schreiben: {reason}</translation>
    </message>
    <message>
        <source>{reason} (the history folder {folder} can&apos;t be created)</source>
        <translation>{reason} (der Verlaufsordner {folder} lässt sich nicht anlegen)</translation>
    </message>
    <message>
        <source>Can&apos;t save history to {file}: {reason}.</source>
        <translation>Der Verlauf lässt sich nicht in {file} speichern: {reason}.</translation>
    </message>
    <message>
        <source>Can&apos;t read history file {file}: {reason}. Its records are left out until it can be read; nothing was changed.</source>
        <translation>Die Verlaufsdatei {file} lässt sich nicht lesen: {reason}. Ihre Einträge fehlen, bis sie lesbar ist; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>History file {file} can&apos;t be used: {reason}. Its records are left out; nothing was changed.</source>
        <translation>Die Verlaufsdatei {file} ist nicht verwendbar: {reason}. Ihre Einträge fehlen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Skipped an invalid history record: {problem}</source>
        <translation>Ungültigen Verlaufseintrag übersprungen: {problem}</translation>
    </message>
    <message>
        <source>it could not be read ({reason}) and could not be moved aside ({error})</source>
        <translation>sie ließ sich nicht lesen ({reason}) und nicht beiseitelegen ({error})</translation>
    </message>
    <message>
        <source>History file {file} could not be read: {reason}. It was moved to {moved} in the same folder; nothing was deleted. New records go to a fresh {name}.</source>
        <translation>Die Verlaufsdatei {file} ließ sich nicht lesen: {reason}. Sie wurde im selben Ordner in {moved} umbenannt; nichts wurde gelöscht. Neue Einträge kommen in eine neue {name}.</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>it is larger than {size}, far more than a month of history, so it is not read</source>
        <translation>sie ist größer als {size}, weit mehr als ein Monat Verlauf, daher wird sie nicht gelesen</translation>
    </message>
    <message>
        <source>can&apos;t be read: {reason}</source>
        <translation>lässt sich nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>can&apos;t be used as history: {reason}</source>
        <translation>als Verlauf nicht verwendbar: {reason}</translation>
    </message>
    <message>
        <source>too large to be a rescue file; left as it is</source>
        <translation>zu groß für eine Rettungsdatei; bleibt unverändert</translation>
    </message>
    <message>
        <source>can&apos;t be read ({reason}); left as it is</source>
        <translation>lässt sich nicht lesen ({reason}); bleibt unverändert</translation>
    </message>
    <message>
        <source>the settings in use are kept until it is fixed</source>
        <translation>die aktuellen Einstellungen bleiben, bis sie korrigiert ist</translation>
    </message>
    <message>
        <source>{problem}; {outcome}</source>
        <translation>{problem}; {outcome}</translation>
    </message>
    <message>
        <source>none of its settings were used</source>
        <translation>keine ihrer Einstellungen wurde verwendet</translation>
    </message>
    <message>
        <source>larger than {size} MB, too big for a settings file</source>
        <translation>größer als {size} MB, zu groß für eine Einstellungsdatei</translation>
    </message>
    <message>
        <source>keeping {value} until it is fixed</source>
        <translation>{value} bleibt, bis das korrigiert ist</translation>
    </message>
    <message>
        <source>{end} is not later than work_start ({start})</source>
        <translation>{end} ist nicht später als work_start ({start})</translation>
    </message>
    <message>
        <source>{start} is not earlier than work_end ({end})</source>
        <translation>{start} ist nicht früher als work_end ({end})</translation>
    </message>
    <message>
        <source>working hours {start} to {end} are used</source>
        <translation>die Arbeitszeit {start} bis {end} wird verwendet</translation>
    </message>
    <message>
        <source>unknown setting, ignored; did you mean {key}?</source>
        <translation>unbekannte Einstellung, ignoriert; meintest du {key}?</translation>
    </message>
    <message>
        <source>unknown setting, ignored</source>
        <translation>unbekannte Einstellung, ignoriert</translation>
    </message>
    <message>
        <source>{accepted} (default {default})</source>
        <translation>{accepted} (Standard {default})</translation>
    </message>
    <message>
        <source>using the administrator&apos;s default {value}</source>
        <translation>verwendet wird der Standard des Administrators, {value}</translation>
    </message>
    <message>
        <source>not valid TOML ({detail})</source>
        <translation>kein gültiges TOML ({detail})</translation>
    </message>
    <message>
        <source>not valid TOML ({detail}, line {line}, column {column})</source>
        <translation>kein gültiges TOML ({detail}, Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
        <source>not UTF-8 text (bad byte at offset {offset})</source>
        <translation>kein UTF-8-Text (ungültiges Byte an Position {offset})</translation>
    </message>
    <message>
        <source>not valid TOML (a number is too long)</source>
        <translation>kein gültiges TOML (eine Zahl ist zu lang)</translation>
    </message>
    <message>
        <source>not valid TOML (nested too deeply)</source>
        <translation>kein gültiges TOML (zu tief verschachtelt)</translation>
    </message>
</context>
<context>
    <name>StuckSourceGuard</name>
    <message>
        <source>has read {value:g} s for {minutes} minutes</source>
        <translation>zeigt seit {minutes} Minuten {value:g} s an</translation>
    </message>
    <message>
        <source>has not gone past {limit:g} s in {minutes} minutes</source>
        <translation>ist in {minutes} Minuten nicht über {limit:g} s hinausgekommen</translation>
    </message>
    <message>
        <source>Idle time from {source} {what}: it probably can&apos;t see your input on this desktop. Breaks are now detected only from screen lock and sleep; you can pick another idle source in Settings.</source>
        <translation>Die Leerlaufzeit von {source} {what}: wahrscheinlich sieht sie deine Eingaben auf diesem Desktop nicht. Pausen werden jetzt nur noch über Bildschirmsperre und Ruhezustand erkannt; in den Einstellungen kannst du eine andere Quelle wählen.</translation>
    </message>
</context>
</TS>
