<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Idle detection is unavailable on this desktop: breaks are counted from screen lock and sleep, and when you take them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle detection is stuck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short glute break is due soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more snoozes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You&apos;ve snoozed %n time(s) in a row. Take the break or skip it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No exercises to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every exercise of this routine is left out. Put some back in Settings → Program → Left-out exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for the next level?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (screen lock and sleep only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings apply now but could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadbutt-tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadbutt-tray hit a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuous sitting before you are prompted to take a break.</source>
        <extracomment>Every setting, in file order (the order ``config.toml`` is written and documented in).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quiet heads-up this long before the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time away from the computer that counts as a break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a snooze puts off the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozes in a row before the prompt stops offering another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ignored prompt nudges again after this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt only on work days between work_start and work_end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of working hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of working hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days that have working hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold prompts while a full-screen window (a presentation, a call) is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a sound with the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume of the prompt sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How time away is detected; &quot;auto&quot; picks what works on this desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the app: &quot;system&quot; follows the desktop; en, de, fr or es.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current program level: 1 wake up, 2 with core, 3 together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises left out of routines (added when you press &quot;This hurts&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your age range, to compare the balance test with approximate norms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer the home routine of your level at program_time on program_days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the daily home routine is offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days the home routine is offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a lab study, two minutes of light walking every 20 minutes lowered the rise in blood sugar and insulin after a meal by roughly a quarter (≈24% and ≈23%) compared with sitting straight through (Dunstan et al., Diabetes Care, 2012). An expert statement advises breaking up seated work regularly, building up to about 2 hours a day of standing and light activity at work, then about 4 (Buckley et al., British Journal of Sports Medicine, 2015). Thirty minutes is a common, practical middle ground; you can change it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each study is cited for what it measured: Distefano et al. 2009 side-lying hip abduction, single-leg squats and deadlifts, band walks and lunges; Boren et al. 2011 the glute squeeze and planks with a leg lift; Ekstrom et al. 2007 the one-leg bridge (moderate: a stabilisation exercise); Winters et al. 2004 hip-flexor stretching. Macadam et al. 2015 reviewed hip-abduction and rotation exercises only. Starting with low-load activation, and the desk versions, is clinical reasoning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About deadbutt-tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a break every 30 minutes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where do the exercises come from?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadbutt-tray icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wakes up sleepy glutes with well-timed breaks from sitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder doesn&apos;t exist yet; it is made when something is first saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t open a file manager. The folder is: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desk micro-break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;nooze this break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause for &amp;30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause for &amp;1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause until &amp;tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Do not disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weekly summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ba&amp;lance test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About / safety note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a &amp;run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance results over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: left {1}, right {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- - typical for your age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance self-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the test (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-leg balance test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take your shoes off. Stand in front of a mirror, close enough to your desk to steady yourself if you wobble.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold your arms across your chest, or put your hands on your hips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift one foot just off the floor, without resting it on the other leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the timer (Space) as the foot leaves the floor. Stop it (Space) when the lifted foot touches down, the standing foot moves or you reach for support. It stops by itself at 45 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three tries on each leg, left first; the best one counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to do the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also test with eyes &amp;closed (harder: keep the desk in reach)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your age, to compare with typical results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;age (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-leg balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times of the tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing ticked means you saw none of these. A pelvis that drops on the lifted side is the sign to watch: the side muscles of the standing hip (gluteus medius) are not holding it level yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time (eyes open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left leg: what did the mirror show?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right leg: what did the mirror show?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Think back to your tries standing on that leg, or stand on it once more and look. Tick what you saw (Space ticks, Tab moves), then Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• standing on the left leg: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• standing on the right leg: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pelvis that drops: the side muscles of the standing hip are not holding it level yet (the hip abduction exercises train them). Level 3 waits for a test without a drop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over your latest tests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eyes open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eyes closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: typical for ages {1} is about {2}. Left leg {3}, right leg {4}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left and right are within {0} of each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {0} leg is {1} behind the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a big difference, and the place to start: give the {0} leg extra single-leg practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin with the left leg (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eyes open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eyes closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand on your left leg and lift your right foot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand on your right leg and lift your left foot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space when your foot touches down. It stops at 45 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space starts the timer as your foot leaves the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space for another try, Enter to move on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done with this leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move on (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pelvis drops on the lifted side (your right hip sinks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pelvis drops on the lifted side (your left hip sinks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left &amp;knee rolls in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right &amp;knee rolls in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trunk leans over the left leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trunk leans over the right leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arch of the left foot collapses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arch of the right foot collapses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ar&amp;ms flail, or you grab for support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pelvis drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knee rolling in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trunk lean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arch collapsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arms flailing or grabbing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} in this test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} on {2} of the last {3} tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, eyes closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set your age range on the first page next time to compare these times with typical results for your age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the typical times: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: left {1}, right {2} ({3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier tests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your first test: do it again in a couple of weeks to see the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>around it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} × %n rep(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0} per side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1} s hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} × {1} s hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} s hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left leg moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right leg moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing on your left leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing on your right leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left foot in front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right foot in front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left leg behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right leg behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading with your left leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading with your right leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lying on your left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lying on your right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready · first: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides · {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest · next: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squeeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rock forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rock back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided break · {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress through the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side and step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countdown or repetition count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempo of the current repetition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous exercise step (←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on to the next step (→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this exercise and get safety advice (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the rest of this break (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the break now (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} / {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds · hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds · get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds · rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused while you were away · Space to go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused · Space to go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Take care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done: your glutes are awake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise is done, in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n exercise(s) done in {0}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Break saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n exercise(s) done in full. Some is better than none.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exercise illustration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No illustration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Low back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ankle or foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this exercise now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where does it hurt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much does it hurt? (0 = not at all, 10 = the worst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain rating from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; will be left out of your routines from now on. You can turn it back on in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where it hurts to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break reminder — deadbutt-tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to wake up your glutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start guided break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short guided glute-activation break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No break this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No break this time (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a short guided break (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close for now (you will be reminded again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close for now; you will be reminded again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;ve been sitting {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;nooze {0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozes left in a row: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more snoozes — {0} in a row already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more snoozes in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadbutt-tray offers general exercise suggestions. It is not medical advice and cannot diagnose anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling your muscles work, and a mild stretch, is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop if you feel sharp pain, pain that builds as you go, numbness, tingling or pain in a joint, and see a physical therapist before you do that exercise again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at once and get medical help if you feel dizzy or faint, have chest pain, or are unusually short of breath.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sore muscles the next day are normal. Pain or swelling that is worse the next day means ease off, or see a physical therapist if it does not settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you have a recent injury or surgery, are pregnant, or have a health condition, check with a health professional before you start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnant: later in pregnancy avoid long spells lying flat on your back. With pelvic girdle pain, leave out split stances, side steps and standing on one leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For exercises on one leg, keep a hand on your desk or another stable support, and wear shoes or go barefoot on a floor that does not slip: not socks on a smooth floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort and a mild stretch are fine. Sharp or building pain, numbness, tingling or joint pain: stop, and see a physical therapist. Dizziness, chest pain or unusual breathlessness: stop and get medical help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Typing &quot;45&quot; into a spin box must not apply &quot;4&quot; first: edits settle this long.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sitting limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heads-up before the prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away time that counts as a &amp;break:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze le&amp;ngth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozes in a ro&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remind again after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me only during wor&amp;king hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;ys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiet while a full-screen window is active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play a sound with the prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Idle detection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of &amp;menus and windows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;gram level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left-out e&amp;xercises:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Age range for balance norms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer the home routine at a set ti&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily program time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound and notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snoozing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X11 screen-saver extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNOME idle monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>freedesktop.org screen saver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wayland idle notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: count breaks from screen lock and sleep only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wake up the butt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it with your core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put it all together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glutes on their own, at a low load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glutes at work with your trunk braced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On one leg and under load, as in running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} or older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadbutt-tray settings</source>
        <extracomment>A valid change was made; carries the whole new ``Settings``. The app saves it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: idle detection is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours must end after they start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tray menu and the windows you open from now on use the new language; this window changes when you open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick at least one working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept left out, in case they hurt: {0}. Put any back with its button under Program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set every setting back to its default? Start at login is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ho&amp;urs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left out. If an exercise hurts, press “This hurts” during a break and it will be left out until you put it back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start deadbutt-tray when I &amp;log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle detection in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In us&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this idle detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include this exercise in routines again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include “{0}” in routines again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell whether it starts at login: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change start at login: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNOME shows tray icons only with the “AppIndicator and KStatusNotifierItem Support” extension. Install it (on Debian and Ubuntu: the gnome-shell-extension-appindicator package), turn it on in the Extensions app, then log out and back in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the “System Tray” widget to your panel: right-click the panel, choose “Add Widgets…” and drag “System Tray” onto it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bar needs its tray turned on: in waybar, add &quot;tray&quot; to one of the modules lists; in swaybar, remove any “tray_output none” line from the bar block. Then reload the bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “tray_output primary” to the bar { } block of your i3 config, make sure one monitor is primary (xrandr --output NAME --primary), then reload i3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your desktop has no system tray right now. Most panels can show one: look for a “System Tray”, “Notification Area” or “Status Notifier” item and add it to your panel, then start deadbutt-tray again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadbutt-tray status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided &amp;break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to get a tray icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the tray hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting limit: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n home routine(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n before a run</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It hurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15–30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30–45</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>45–60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>60 +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week (← or Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to this week (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week (→ or Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← → previous / next week · ↑ ↓ day · Home this week · Esc close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting per day (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks and sessions per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninterrupted stretches (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch lengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week in figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within / beyond limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home / before a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided-break time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance (weaker leg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {0} · {1} – {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong reading the history; the log file says what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} completed, {2} natural{3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min: {1} this week, {2} the week before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of each stretch, the first {0} are within the sitting limit, the rest beyond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n stretch(es))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no prompts this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n prompt(s) ({1} %)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0} partial · {1} skipped · {2} snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stopped: it hurt</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>at least {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days with at least {0} completed or natural breaks (fewer on a day with little sitting). Days without sitting don&apos;t count either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest single-leg balance test, eyes open: the weaker leg&apos;s time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no test these two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, {1}{2:.0f} s on the test before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (week before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded the week before, so there is nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So far about as much sitting as by this time last week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About as much sitting as the week before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So far you sat {0} less than by this time last week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So far you sat {0} more than by this time last week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sat {0} less than the week before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sat {0} more than the week before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week hasn&apos;t begun yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sitting shows up here each time a stretch ends, so at your next break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app wasn&apos;t running, or you were away from the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The week before: {0} of sitting, %n break(s) completed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Use ← and → to see other weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: still to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (today): nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: no sitting recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: sat {1} — {2} within the limit, {3} beyond it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Longest stretch {0} (%n stretch(es) ended this day).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Breaks: {0} completed, {1} partial, {2} natural; {3} snoozed, {4} skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stopped because it hurt.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Guided: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Daily target of %n break(s) reached.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daily target of %n break(s) missed ({0}).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n break(s) for today&apos;s target so far.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min {1} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle detection is off, as chosen in Settings: breaks are counted from screen lock and sleep, and when you take them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, as chosen (screen lock and sleep only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away from the desk · sitting resets after a short break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · paused until {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · outside working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · do not disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · break due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · next break in {1} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze / Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to deadbutt-tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long hours in a chair leave the glutes switched off. deadbutt-tray keeps an eye on how long you have been sitting and, at the right moment, suggests a short break that wakes them up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will get a nudge after {0} of sitting without a real break. Stepping away from the computer for a few minutes counts as a break too. You can change the limit in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stays on this computer, as plain text files in a folder you can open from About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let&apos;s go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily program — deadbutt-tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for your home routine ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Level {0}, %n exercise(s), some on the floor: a mat or a rug helps.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start home routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StuckSourceGuard</name>
    <message>
        <source>has read {value:g} s for {minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has not gone past {limit:g} s in {minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle time from {source} {what}: it probably can&apos;t see your input on this desktop. Breaks are now detected only from screen lock and sleep; you can pick another idle source in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
