<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Idle detection is unavailable on this desktop: breaks are counted from screen lock and sleep, and when you take them.</source>
        <translation>La detección de inactividad no está disponible en este escritorio: las pausas se cuentan por el bloqueo de pantalla y la suspensión, y cuando las haces.</translation>
    </message>
    <message>
        <source>Can&apos;t save to the data folder {folder}: {reason}. Records are kept in memory, saved when it works again, and kept in a rescue file if the app quits first.</source>
        <translation>No se puede guardar en la carpeta de datos {folder}: {reason}. Los registros se guardan en memoria, se escriben cuando vuelva a funcionar y se conservan en un archivo de rescate si la aplicación se cierra antes.</translation>
    </message>
    <message>
        <source>History can&apos;t be saved for now.</source>
        <translation>El historial no se puede guardar por ahora.</translation>
    </message>
    <message>
        <source>Can&apos;t save to the data folder: {0}</source>
        <translation>No se puede guardar en la carpeta de datos: {0}</translation>
    </message>
    <message>
        <source>Idle detection is stuck.</source>
        <translation>La detección de inactividad se ha atascado.</translation>
    </message>
    <message>
        <source>Break coming up</source>
        <translation>Pausa a la vista</translation>
    </message>
    <message>
        <source>A short glute break is due soon.</source>
        <translation>Pronto toca una pausa corta para los glúteos.</translation>
    </message>
    <message>
        <source>No more snoozes</source>
        <translation>No más aplazamientos</translation>
    </message>
    <message numerus="yes">
        <source>You&apos;ve snoozed %n time(s) in a row. Take the break or skip it.</source>
        <translation>
            <numerusform>Has aplazado %n vez seguida. Haz la pausa o sáltala.</numerusform>
            <numerusform>Has aplazado %n veces seguidas. Haz la pausa o sáltala.</numerusform>
        </translation>
    </message>
    <message>
        <source>No exercises to do</source>
        <translation>No hay ejercicios que hacer</translation>
    </message>
    <message>
        <source>Every exercise of this routine is left out. Put some back in Settings → Program → Left-out exercises.</source>
        <translation>Todos los ejercicios de esta rutina están excluidos. Vuelve a incluir algunos en Ajustes → Programa → Ejercicios excluidos.</translation>
    </message>
    <message>
        <source>Ready for the next level?</source>
        <translation>¿Listo para el siguiente nivel?</translation>
    </message>
    <message>
        <source>Settings apply now but could not be saved: {error}</source>
        <translation>Los ajustes se aplican ya, pero no se han podido guardar: {error}</translation>
    </message>
    <message>
        <source>none (screen lock and sleep only)</source>
        <translation>ninguna (solo bloqueo de pantalla y suspensión)</translation>
    </message>
    <message>
        <source>Settings file: {problem}</source>
        <translation>Archivo de ajustes: {problem}</translation>
    </message>
    <message>
        <source>deadbutt-tray</source>
        <translation>deadbutt-tray</translation>
    </message>
    <message>
        <source>deadbutt-tray hit a problem</source>
        <translation>deadbutt-tray ha tenido un problema</translation>
    </message>
    <message>
        <source>Continuous sitting before you are prompted to take a break.</source>
        <extracomment>Every setting, in file order (the order ``config.toml`` is written and documented in).</extracomment>
        <translation>Tiempo sentado seguido antes de que se te proponga una pausa.</translation>
    </message>
    <message>
        <source>0 = off</source>
        <translation>0 = desactivado</translation>
    </message>
    <message>
        <source>A quiet heads-up this long before the prompt.</source>
        <translation>Un aviso discreto este tiempo antes del recordatorio.</translation>
    </message>
    <message>
        <source>Time away from the computer that counts as a break.</source>
        <translation>Tiempo lejos del ordenador que cuenta como pausa.</translation>
    </message>
    <message>
        <source>How long a snooze puts off the prompt.</source>
        <translation>Cuánto retrasa el recordatorio un aplazamiento.</translation>
    </message>
    <message>
        <source>Snoozes in a row before the prompt stops offering another.</source>
        <translation>Aplazamientos seguidos antes de que el recordatorio deje de ofrecer otro.</translation>
    </message>
    <message>
        <source>An ignored prompt nudges again after this long.</source>
        <translation>Un recordatorio ignorado vuelve a avisar tras este tiempo.</translation>
    </message>
    <message>
        <source>Prompt only on work days between work_start and work_end.</source>
        <translation>Recordar solo en días laborables entre work_start y work_end.</translation>
    </message>
    <message>
        <source>before work_end</source>
        <translation>antes de work_end</translation>
    </message>
    <message>
        <source>Start of working hours.</source>
        <translation>Inicio del horario laboral.</translation>
    </message>
    <message>
        <source>End of working hours.</source>
        <translation>Fin del horario laboral.</translation>
    </message>
    <message>
        <source>after work_start</source>
        <translation>después de work_start</translation>
    </message>
    <message>
        <source>Days that have working hours.</source>
        <translation>Días con horario laboral.</translation>
    </message>
    <message>
        <source>Hold prompts while a full-screen window (a presentation, a call) is active.</source>
        <translation>Retener los recordatorios mientras haya una ventana a pantalla completa activa (una presentación, una llamada).</translation>
    </message>
    <message>
        <source>Play a sound with the prompt.</source>
        <translation>Reproducir un sonido con el recordatorio.</translation>
    </message>
    <message>
        <source>Volume of the prompt sound.</source>
        <translation>Volumen del sonido del recordatorio.</translation>
    </message>
    <message>
        <source>How time away is detected; &quot;auto&quot; picks what works on this desktop.</source>
        <translation>Cómo se detecta la ausencia; «auto» elige lo que funciona en este escritorio.</translation>
    </message>
    <message>
        <source>The language of the app: &quot;system&quot; follows the desktop; en, de, fr or es.</source>
        <translation>El idioma de la aplicación: «system» sigue al escritorio; en, de, fr o es.</translation>
    </message>
    <message>
        <source>The current program level: 1 wake up, 2 with core, 3 together.</source>
        <translation>El nivel actual del programa: 1 despertar, 2 con el core, 3 todo junto.</translation>
    </message>
    <message>
        <source>[] = none</source>
        <translation>[] = ninguno</translation>
    </message>
    <message>
        <source>Exercises left out of routines (added when you press &quot;This hurts&quot;).</source>
        <translation>Ejercicios excluidos de las rutinas (se añaden cuando pulsas «Esto duele»).</translation>
    </message>
    <message>
        <source>&quot;&quot; = not given</source>
        <translation>&quot;&quot; = sin indicar</translation>
    </message>
    <message>
        <source>Your age range, to compare the balance test with approximate norms.</source>
        <translation>Tu rango de edad, para comparar la prueba de equilibrio con normas aproximadas.</translation>
    </message>
    <message>
        <source>Offer the home routine of your level at program_time on program_days.</source>
        <translation>Ofrecer la rutina en casa de tu nivel a la program_time los program_days.</translation>
    </message>
    <message>
        <source>When the daily home routine is offered.</source>
        <translation>Cuándo se ofrece la rutina diaria en casa.</translation>
    </message>
    <message>
        <source>Days the home routine is offered.</source>
        <translation>Días en que se ofrece la rutina en casa.</translation>
    </message>
    <message>
        <source>In a lab study, two minutes of light walking every 20 minutes lowered the rise in blood sugar and insulin after a meal by roughly a quarter (≈24% and ≈23%) compared with sitting straight through (Dunstan et al., Diabetes Care, 2012). An expert statement advises breaking up seated work regularly, building up to about 2 hours a day of standing and light activity at work, then about 4 (Buckley et al., British Journal of Sports Medicine, 2015). Thirty minutes is a common, practical middle ground; you can change it in Settings.</source>
        <translation>En un estudio de laboratorio, dos minutos de caminata suave cada 20 minutos redujeron aproximadamente una cuarta parte (≈24 % y ≈23 %) la subida de glucosa e insulina tras una comida, en comparación con estar sentado sin interrupción (Dunstan et al., Diabetes Care, 2012). Una declaración de expertos aconseja interrumpir con regularidad el trabajo sentado, hasta llegar a unas 2 horas al día de estar de pie y actividad ligera en el trabajo, y después a unas 4 (Buckley et al., British Journal of Sports Medicine, 2015). Treinta minutos es un término medio habitual y práctico; puedes cambiarlo en Ajustes.</translation>
    </message>
    <message>
        <source>Each study is cited for what it measured: Distefano et al. 2009 side-lying hip abduction, single-leg squats and deadlifts, band walks and lunges; Boren et al. 2011 the glute squeeze and planks with a leg lift; Ekstrom et al. 2007 the one-leg bridge (moderate: a stabilisation exercise); Winters et al. 2004 hip-flexor stretching. Macadam et al. 2015 reviewed hip-abduction and rotation exercises only. Starting with low-load activation, and the desk versions, is clinical reasoning.</source>
        <translation>Cada estudio se cita por lo que midió: Distefano et al. 2009 la abducción de cadera tumbado de lado, sentadillas y pesos muertos a una pierna, caminar con banda y zancadas; Boren et al. 2011 apretar los glúteos y las planchas con elevación de pierna; Ekstrom et al. 2007 el puente a una pierna (moderado: un ejercicio de estabilización); Winters et al. 2004 el estiramiento de los flexores de cadera. Macadam et al. 2015 revisó solo ejercicios de abducción y rotación de cadera. Empezar con activación de baja carga, y las versiones para la mesa de trabajo, es razonamiento clínico.</translation>
    </message>
    <message>
        <source>About deadbutt-tray</source>
        <translation>Acerca de deadbutt-tray</translation>
    </message>
    <message>
        <source>Why a break every 30 minutes?</source>
        <translation>¿Por qué una pausa cada 30 minutos?</translation>
    </message>
    <message>
        <source>Where do the exercises come from?</source>
        <translation>¿De dónde salen los ejercicios?</translation>
    </message>
    <message>
        <source>Where your data is kept</source>
        <translation>Dónde se guardan tus datos</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>&amp;Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>deadbutt-tray icon</source>
        <translation>Icono de deadbutt-tray</translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation>Versión {0}</translation>
    </message>
    <message>
        <source>Wakes up sleepy glutes with well-timed breaks from sitting.</source>
        <translation>Despierta los glúteos dormidos con pausas bien medidas.</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Datos:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Ajustes:</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <source>The data folder doesn&apos;t exist yet; it is made when something is first saved.</source>
        <translation>La carpeta de datos aún no existe; se crea la primera vez que se guarda algo.</translation>
    </message>
    <message>
        <source>Couldn&apos;t open a file manager. The folder is: {0}</source>
        <translation>No se pudo abrir un gestor de archivos. La carpeta es: {0}</translation>
    </message>
    <message>
        <source>&amp;Desk micro-break</source>
        <translation>Micropausa en la me&amp;sa</translation>
    </message>
    <message>
        <source>S&amp;nooze this break</source>
        <translation>&amp;Aplazar esta pausa</translation>
    </message>
    <message>
        <source>Pause for &amp;30 minutes</source>
        <translation>Pausar &amp;30 minutos</translation>
    </message>
    <message>
        <source>Pause for &amp;1 hour</source>
        <translation>Pausar &amp;1 hora</translation>
    </message>
    <message>
        <source>Pause until &amp;tomorrow</source>
        <translation>Pausar hasta &amp;mañana</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Do not disturb</source>
        <translation>&amp;No molestar</translation>
    </message>
    <message>
        <source>&amp;Weekly summary…</source>
        <translation>Resumen s&amp;emanal…</translation>
    </message>
    <message>
        <source>Ba&amp;lance test…</source>
        <translation>Prueba de e&amp;quilibrio…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;About / safety note</source>
        <translation>Acerca &amp;de / nota de seguridad</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sal&amp;ir</translation>
    </message>
    <message>
        <source>&amp;Home routine</source>
        <translation>Rutina en &amp;casa</translation>
    </message>
    <message>
        <source>Before a &amp;run</source>
        <translation>Antes de c&amp;orrer</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Balance results over time</source>
        <translation>Resultados de equilibrio a lo largo del tiempo</translation>
    </message>
    <message>
        <source>{0}: left {1}, right {2}</source>
        <translation>{0}: izquierda {1}, derecha {2}</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Aún no hay resultados</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <source>- - typical for your age</source>
        <translation>- - habitual para tu edad</translation>
    </message>
    <message>
        <source>Balance self-test</source>
        <translation>Autoprueba de equilibrio</translation>
    </message>
    <message>
        <source>Start the test</source>
        <translation>Empezar la prueba</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the test (Esc)</source>
        <translation>Detener la prueba (Esc)</translation>
    </message>
    <message>
        <source>Single-leg balance test</source>
        <translation>Prueba de equilibrio sobre una pierna</translation>
    </message>
    <message>
        <source>Take your shoes off. Stand in front of a mirror, close enough to your desk to steady yourself if you wobble.</source>
        <translation>Quítate los zapatos. Ponte delante de un espejo, lo bastante cerca de tu mesa para sujetarte si te tambaleas.</translation>
    </message>
    <message>
        <source>Fold your arms across your chest, or put your hands on your hips.</source>
        <translation>Cruza los brazos sobre el pecho o pon las manos en la cintura.</translation>
    </message>
    <message>
        <source>Lift one foot just off the floor, without resting it on the other leg.</source>
        <translation>Levanta un pie justo por encima del suelo, sin apoyarlo en la otra pierna.</translation>
    </message>
    <message>
        <source>Start the timer (Space) as the foot leaves the floor. Stop it (Space) when the lifted foot touches down, the standing foot moves or you reach for support. It stops by itself at 45 seconds.</source>
        <translation>Pon en marcha el cronómetro (Espacio) cuando el pie deje el suelo. Detenlo (Espacio) cuando el pie levantado toque el suelo, el pie de apoyo se mueva o busques apoyo. Se detiene solo a los 45 segundos.</translation>
    </message>
    <message>
        <source>Three tries on each leg, left first; the best one counts.</source>
        <translation>Tres intentos por pierna, primero la izquierda; cuenta el mejor.</translation>
    </message>
    <message>
        <source>How to do the test</source>
        <translation>Cómo hacer la prueba</translation>
    </message>
    <message>
        <source>Also test with eyes &amp;closed (harder: keep the desk in reach)</source>
        <translation>Probar también con los ojos &amp;cerrados (más difícil: ten la mesa al alcance)</translation>
    </message>
    <message>
        <source>Your age, to compare with typical results</source>
        <translation>Tu edad, para comparar con resultados habituales</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Your &amp;age (optional):</source>
        <translation>Tu &amp;edad (opcional):</translation>
    </message>
    <message>
        <source>Single-leg balance</source>
        <translation>Equilibrio sobre una pierna</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Cronómetro</translation>
    </message>
    <message>
        <source>Times of the tries</source>
        <translation>Tiempos de los intentos</translation>
    </message>
    <message>
        <source>Nothing ticked means you saw none of these. A pelvis that drops on the lifted side is the sign to watch: the side muscles of the standing hip (gluteus medius) are not holding it level yet.</source>
        <translation>No marcar nada significa que no viste ninguna de estas cosas. Una pelvis que cae del lado levantado es la señal a vigilar: los músculos laterales de la cadera de apoyo (el glúteo medio) todavía no la mantienen nivelada.</translation>
    </message>
    <message>
        <source>Your result</source>
        <translation>Tu resultado</translation>
    </message>
    <message>
        <source>Mirror check</source>
        <translation>Control en el espejo</translation>
    </message>
    <message>
        <source>Over time (eyes open)</source>
        <translation>A lo largo del tiempo (ojos abiertos)</translation>
    </message>
    <message>
        <source>Left leg: what did the mirror show?</source>
        <translation>Pierna izquierda: ¿qué mostró el espejo?</translation>
    </message>
    <message>
        <source>Right leg: what did the mirror show?</source>
        <translation>Pierna derecha: ¿qué mostró el espejo?</translation>
    </message>
    <message>
        <source>Think back to your tries standing on that leg, or stand on it once more and look. Tick what you saw (Space ticks, Tab moves), then Enter.</source>
        <translation>Recuerda tus intentos sobre esa pierna, o ponte sobre ella una vez más y mira. Marca lo que viste (Espacio marca, Tab avanza) y luego Intro.</translation>
    </message>
    <message>
        <source>Mirror check:</source>
        <translation>Control en el espejo:</translation>
    </message>
    <message>
        <source>• standing on the left leg: {0}</source>
        <translation>• de pie sobre la pierna izquierda: {0}</translation>
    </message>
    <message>
        <source>• standing on the right leg: {0}</source>
        <translation>• de pie sobre la pierna derecha: {0}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>nothing seen</source>
        <translation>no se vio nada</translation>
    </message>
    <message>
        <source>A pelvis that drops: the side muscles of the standing hip are not holding it level yet (the hip abduction exercises train them). Level 3 waits for a test without a drop.</source>
        <translation>Una pelvis que cae: los músculos laterales de la cadera de apoyo todavía no la mantienen nivelada (los ejercicios de abducción de cadera los entrenan). El nivel 3 espera a una prueba sin caída.</translation>
    </message>
    <message>
        <source>Over your latest tests:</source>
        <translation>En tus últimas pruebas:</translation>
    </message>
    <message>
        <source>• {0}</source>
        <translation>• {0}</translation>
    </message>
    <message>
        <source>Eyes open</source>
        <translation>Ojos abiertos</translation>
    </message>
    <message>
        <source>Eyes closed</source>
        <translation>Ojos cerrados</translation>
    </message>
    <message>
        <source>{0}: typical for ages {1} is about {2}. Left leg {3}, right leg {4}.</source>
        <translation>{0}: lo habitual para {1} años es unos {2}. Pierna izquierda {3}, pierna derecha {4}.</translation>
    </message>
    <message>
        <source>Left and right are within {0} of each other.</source>
        <translation>Izquierda y derecha están a menos de {0} una de otra.</translation>
    </message>
    <message>
        <source>Your {0} leg is {1} behind the other.</source>
        <translation>Tu pierna {0} va {1} por detrás de la otra.</translation>
    </message>
    <message>
        <source>That is a big difference, and the place to start: give the {0} leg extra single-leg practice.</source>
        <translation>Es una diferencia grande, y el punto por donde empezar: dale a la pierna {0} más práctica sobre una pierna.</translation>
    </message>
    <message>
        <source>Begin with the left leg (Enter)</source>
        <translation>Empezar con la pierna izquierda (Intro)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close (Enter)</source>
        <translation>Cerrar (Intro)</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Pierna izquierda</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Pierna derecha</translation>
    </message>
    <message>
        <source>eyes open</source>
        <translation>ojos abiertos</translation>
    </message>
    <message>
        <source>eyes closed</source>
        <translation>ojos cerrados</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Stand on your left leg and lift your right foot.</source>
        <translation>Ponte sobre la pierna izquierda y levanta el pie derecho.</translation>
    </message>
    <message>
        <source>Stand on your right leg and lift your left foot.</source>
        <translation>Ponte sobre la pierna derecha y levanta el pie izquierdo.</translation>
    </message>
    <message>
        <source>Try {0} of {1}</source>
        <translation>Intento {0} de {1}</translation>
    </message>
    <message>
        <source>Best: {0}</source>
        <translation>Mejor: {0}</translation>
    </message>
    <message>
        <source>See the result</source>
        <translation>Ver el resultado</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>Siguiente: {0}</translation>
    </message>
    <message>
        <source>Stop (Space)</source>
        <translation>Parar (Espacio)</translation>
    </message>
    <message>
        <source>Space when your foot touches down. It stops at 45 s.</source>
        <translation>Espacio cuando tu pie toque el suelo. Se detiene a los 45 s.</translation>
    </message>
    <message>
        <source>Start (Space)</source>
        <translation>Empezar (Espacio)</translation>
    </message>
    <message>
        <source>Try again (Space)</source>
        <translation>Otra vez (Espacio)</translation>
    </message>
    <message>
        <source>Space starts the timer as your foot leaves the floor.</source>
        <translation>Espacio pone en marcha el cronómetro cuando tu pie deja el suelo.</translation>
    </message>
    <message>
        <source>Space for another try, Enter to move on.</source>
        <translation>Espacio para otro intento, Intro para seguir.</translation>
    </message>
    <message>
        <source>{0} (Space)</source>
        <translation>{0} (Espacio)</translation>
    </message>
    <message>
        <source>Done with this leg.</source>
        <translation>Terminada esta pierna.</translation>
    </message>
    <message>
        <source>Move on (Enter)</source>
        <translation>Seguir (Intro)</translation>
    </message>
    <message>
        <source>&amp;Pelvis drops on the lifted side (your right hip sinks)</source>
        <translation>La &amp;pelvis cae del lado levantado (se hunde tu cadera derecha)</translation>
    </message>
    <message>
        <source>&amp;Pelvis drops on the lifted side (your left hip sinks)</source>
        <translation>La &amp;pelvis cae del lado levantado (se hunde tu cadera izquierda)</translation>
    </message>
    <message>
        <source>Left &amp;knee rolls in</source>
        <translation>La &amp;rodilla izquierda se va hacia dentro</translation>
    </message>
    <message>
        <source>Right &amp;knee rolls in</source>
        <translation>La &amp;rodilla derecha se va hacia dentro</translation>
    </message>
    <message>
        <source>&amp;Trunk leans over the left leg</source>
        <translation>El &amp;tronco se inclina sobre la pierna izquierda</translation>
    </message>
    <message>
        <source>&amp;Trunk leans over the right leg</source>
        <translation>El &amp;tronco se inclina sobre la pierna derecha</translation>
    </message>
    <message>
        <source>&amp;Arch of the left foot collapses</source>
        <translation>El &amp;arco del pie izquierdo se hunde</translation>
    </message>
    <message>
        <source>&amp;Arch of the right foot collapses</source>
        <translation>El &amp;arco del pie derecho se hunde</translation>
    </message>
    <message>
        <source>Ar&amp;ms flail, or you grab for support</source>
        <translation>Los &amp;brazos se agitan, o te agarras a algo</translation>
    </message>
    <message>
        <source>pelvis drop</source>
        <translation>caída de la pelvis</translation>
    </message>
    <message>
        <source>knee rolling in</source>
        <translation>rodilla hacia dentro</translation>
    </message>
    <message>
        <source>trunk lean</source>
        <translation>tronco inclinado</translation>
    </message>
    <message>
        <source>arch collapsing</source>
        <translation>arco hundido</translation>
    </message>
    <message>
        <source>arms flailing or grabbing</source>
        <translation>brazos agitados o agarrándose</translation>
    </message>
    <message>
        <source>Your left side</source>
        <translation>Tu lado izquierdo</translation>
    </message>
    <message>
        <source>Your right side</source>
        <translation>Tu lado derecho</translation>
    </message>
    <message>
        <source>{0}: {1} in this test.</source>
        <translation>{0}: {1} en esta prueba.</translation>
    </message>
    <message>
        <source>{0}: {1} on {2} of the last {3} tests.</source>
        <translation>{0}: {1} en {2} de las últimas {3} pruebas.</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>pierna derecha</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>pierna izquierda</translation>
    </message>
    <message>
        <source>{0}, eyes closed</source>
        <translation>{0}, ojos cerrados</translation>
    </message>
    <message>
        <source>Set your age range on the first page next time to compare these times with typical results for your age.</source>
        <translation>La próxima vez indica tu rango de edad en la primera página para comparar estos tiempos con los resultados habituales para tu edad.</translation>
    </message>
    <message>
        <source>Source of the typical times: {0}.</source>
        <translation>Fuente de los tiempos habituales: {0}.</translation>
    </message>
    <message>
        <source>{0}: left {1}, right {2} ({3})</source>
        <translation>{0}: izquierda {1}, derecha {2} ({3})</translation>
    </message>
    <message>
        <source>Earlier tests:</source>
        <translation>Pruebas anteriores:</translation>
    </message>
    <message>
        <source>This is your first test: do it again in a couple of weeks to see the change.</source>
        <translation>Esta es tu primera prueba: repítela dentro de un par de semanas para ver el cambio.</translation>
    </message>
    <message>
        <source>below it</source>
        <translation>por debajo</translation>
    </message>
    <message>
        <source>around it</source>
        <translation>en la media</translation>
    </message>
    <message>
        <source>above it</source>
        <translation>por encima</translation>
    </message>
    <message numerus="yes">
        <source>{0} × %n rep(s)</source>
        <translation>
            <numerusform>{0} × %n repetición</numerusform>
            <numerusform>{0} × %n repeticiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} per side</source>
        <translation>{0} por lado</translation>
    </message>
    <message>
        <source>{0} · {1} s hold</source>
        <translation>{0} · mantener {1} s</translation>
    </message>
    <message>
        <source>{0} × {1} s hold</source>
        <translation>{0} × mantener {1} s</translation>
    </message>
    <message>
        <source>{0} s hold</source>
        <translation>mantener {0} s</translation>
    </message>
    <message>
        <source>Left leg moving</source>
        <translation>Se mueve la pierna izquierda</translation>
    </message>
    <message>
        <source>Right leg moving</source>
        <translation>Se mueve la pierna derecha</translation>
    </message>
    <message>
        <source>Standing on your left leg</source>
        <translation>De pie sobre la pierna izquierda</translation>
    </message>
    <message>
        <source>Standing on your right leg</source>
        <translation>De pie sobre la pierna derecha</translation>
    </message>
    <message>
        <source>Left foot in front</source>
        <translation>Pie izquierdo delante</translation>
    </message>
    <message>
        <source>Right foot in front</source>
        <translation>Pie derecho delante</translation>
    </message>
    <message>
        <source>Left leg behind</source>
        <translation>Pierna izquierda atrás</translation>
    </message>
    <message>
        <source>Right leg behind</source>
        <translation>Pierna derecha atrás</translation>
    </message>
    <message>
        <source>Leading with your left leg</source>
        <translation>Empieza la pierna izquierda</translation>
    </message>
    <message>
        <source>Leading with your right leg</source>
        <translation>Empieza la pierna derecha</translation>
    </message>
    <message>
        <source>Lying on your left side</source>
        <translation>Tumbado sobre el lado izquierdo</translation>
    </message>
    <message>
        <source>Lying on your right side</source>
        <translation>Tumbado sobre el lado derecho</translation>
    </message>
    <message>
        <source>set {0} of {1}</source>
        <translation>serie {0} de {1}</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Get ready · first: {0}</source>
        <translation>Prepárate · primero: {0}</translation>
    </message>
    <message>
        <source>Switch sides · {0}</source>
        <translation>Cambia de lado · {0}</translation>
    </message>
    <message>
        <source>Rest · next: {0}</source>
        <translation>Descanso · siguiente: {0}</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Sube</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Abajo</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Arriba</translation>
    </message>
    <message>
        <source>Squeeze</source>
        <translation>Aprieta</translation>
    </message>
    <message>
        <source>Relax</source>
        <translation>Suelta</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Vuelve</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Afuera</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Adentro</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abre</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Estira</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>Sit</source>
        <translation>Siéntate</translation>
    </message>
    <message>
        <source>Hinge</source>
        <translation>Inclínate</translation>
    </message>
    <message>
        <source>Rock forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Rock back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Step out</source>
        <translation>Paso fuera</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Acompaña</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <source>Avoid: {0}</source>
        <translation>Evita: {0}</translation>
    </message>
    <message>
        <source>Guided break · {0}</source>
        <translation>Pausa guiada · {0}</translation>
    </message>
    <message>
        <source>Progress through the routine</source>
        <translation>Avance por la rutina</translation>
    </message>
    <message>
        <source>Side and step</source>
        <translation>Lado y paso</translation>
    </message>
    <message>
        <source>Countdown or repetition count</source>
        <translation>Cuenta atrás o número de repeticiones</translation>
    </message>
    <message>
        <source>Tempo of the current repetition</source>
        <translation>Ritmo de la repetición actual</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <source>Back to the previous exercise step (←)</source>
        <translation>Volver al paso anterior del ejercicio (←)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Pausar o reanudar (Espacio)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Go on to the next step (→)</source>
        <translation>Pasar al paso siguiente (→)</translation>
    </message>
    <message>
        <source>This hurts</source>
        <translation>Esto duele</translation>
    </message>
    <message>
        <source>Stop this exercise and get safety advice (H)</source>
        <translation>Parar este ejercicio y ver consejos de seguridad (H)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Skip the rest of this break (Esc)</source>
        <translation>Saltar el resto de esta pausa (Esc)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Finish the break now (Enter)</source>
        <translation>Terminar la pausa ahora (Intro)</translation>
    </message>
    <message>
        <source>Exercise {0} of {1}</source>
        <translation>Ejercicio {0} de {1}</translation>
    </message>
    <message>
        <source>{0} / {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>seconds · hold</source>
        <translation>segundos · mantener</translation>
    </message>
    <message>
        <source>seconds · get ready</source>
        <translation>segundos · prepárate</translation>
    </message>
    <message>
        <source>seconds · rest</source>
        <translation>segundos · descanso</translation>
    </message>
    <message>
        <source>Paused while you were away · Space to go on</source>
        <translation>En pausa mientras no estabas · Espacio para seguir</translation>
    </message>
    <message>
        <source>Paused · Space to go on</source>
        <translation>En pausa · Espacio para seguir</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Stopped. Take care.</source>
        <translation>Parado. Cuídate.</translation>
    </message>
    <message>
        <source>Well done: your glutes are awake.</source>
        <translation>Bien hecho: tus glúteos están despiertos.</translation>
    </message>
    <message>
        <source>The exercise is done, in {0}.</source>
        <translation>El ejercicio está hecho, en {0}.</translation>
    </message>
    <message numerus="yes">
        <source>All %n exercise(s) done in {0}.</source>
        <translation>
            <numerusform>%n ejercicio hecho en {0}.</numerusform>
            <numerusform>Los %n ejercicios hechos en {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Break saved.</source>
        <translation>Pausa guardada.</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n exercise(s) done in full. Some is better than none.</source>
        <translation>
            <numerusform>{0} de %n ejercicio hecho entero. Algo es mejor que nada.</numerusform>
            <numerusform>{0} de %n ejercicios hechos enteros. Algo es mejor que nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exercise illustration</source>
        <translation>Ilustración del ejercicio</translation>
    </message>
    <message>
        <source>No illustration</source>
        <translation>Sin ilustración</translation>
    </message>
    <message>
        <source>&amp;Hip</source>
        <translation>&amp;Cadera</translation>
    </message>
    <message>
        <source>&amp;Knee</source>
        <translation>&amp;Rodilla</translation>
    </message>
    <message>
        <source>&amp;Low back</source>
        <translation>&amp;Zona lumbar</translation>
    </message>
    <message>
        <source>&amp;Ankle or foot</source>
        <translation>&amp;Tobillo o pie</translation>
    </message>
    <message>
        <source>&amp;Other</source>
        <translation>&amp;Otro</translation>
    </message>
    <message>
        <source>Stop this exercise now.</source>
        <translation>Para este ejercicio ahora.</translation>
    </message>
    <message>
        <source>Where does it hurt?</source>
        <translation>¿Dónde te duele?</translation>
    </message>
    <message>
        <source>How much does it hurt? (0 = not at all, 10 = the worst)</source>
        <translation>¿Cuánto te duele? (0 = nada, 10 = lo peor)</translation>
    </message>
    <message>
        <source>Pain rating from 0 to 10</source>
        <translation>Dolor de 0 a 10</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; will be left out of your routines from now on. You can turn it back on in Settings.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; se excluirá de tus rutinas a partir de ahora. Puedes volver a incluirlo en Ajustes.</translation>
    </message>
    <message>
        <source>Stop the exercise</source>
        <translation>Parar el ejercicio</translation>
    </message>
    <message>
        <source>Back to the break</source>
        <translation>Volver a la pausa</translation>
    </message>
    <message>
        <source>Choose where it hurts to continue.</source>
        <translation>Elige dónde te duele para continuar.</translation>
    </message>
    <message>
        <source>Break reminder — deadbutt-tray</source>
        <translation>Recordatorio de pausa — deadbutt-tray</translation>
    </message>
    <message>
        <source>Break reminder</source>
        <translation>Recordatorio de pausa</translation>
    </message>
    <message>
        <source>Time to wake up your glutes.</source>
        <translation>Es hora de despertar tus glúteos.</translation>
    </message>
    <message>
        <source>Snooze note</source>
        <translation>Nota de aplazamiento</translation>
    </message>
    <message>
        <source>&amp;Start guided break</source>
        <translation>&amp;Empezar la pausa guiada</translation>
    </message>
    <message>
        <source>A short guided glute-activation break</source>
        <translation>Una pausa guiada corta para activar los glúteos</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Saltar</translation>
    </message>
    <message>
        <source>No break this time</source>
        <translation>Sin pausa esta vez</translation>
    </message>
    <message>
        <source>No break this time (Esc)</source>
        <translation>Sin pausa esta vez (Esc)</translation>
    </message>
    <message>
        <source>Start a short guided break (Enter)</source>
        <translation>Empezar una pausa guiada corta (Intro)</translation>
    </message>
    <message>
        <source>Close for now (you will be reminded again)</source>
        <translation>Cerrar por ahora (se te volverá a recordar)</translation>
    </message>
    <message>
        <source>Close for now; you will be reminded again</source>
        <translation>Cerrar por ahora; se te volverá a recordar</translation>
    </message>
    <message>
        <source>You&apos;ve been sitting {0}.</source>
        <translation>Llevas sentado {0}.</translation>
    </message>
    <message>
        <source>S&amp;nooze {0} min</source>
        <translation>&amp;Aplazar {0} min</translation>
    </message>
    <message>
        <source>Snoozes left in a row: {0}</source>
        <translation>Aplazamientos seguidos que quedan: {0}</translation>
    </message>
    <message>
        <source>No more snoozes — {0} in a row already</source>
        <translation>No más aplazamientos — ya van {0} seguidos</translation>
    </message>
    <message>
        <source>No more snoozes in a row</source>
        <translation>No más aplazamientos seguidos</translation>
    </message>
    <message>
        <source>{0} (Enter)</source>
        <translation>{0} (Intro)</translation>
    </message>
    <message>
        <source>{0} (Esc)</source>
        <translation>{0} (Esc)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <source>Safety first</source>
        <translation>La seguridad primero</translation>
    </message>
    <message>
        <source>deadbutt-tray offers general exercise suggestions. It is not medical advice and cannot diagnose anything.</source>
        <translation>deadbutt-tray ofrece sugerencias generales de ejercicio. No es consejo médico y no puede diagnosticar nada.</translation>
    </message>
    <message>
        <source>Feeling your muscles work, and a mild stretch, is expected.</source>
        <translation>Notar cómo trabajan tus músculos, y un estiramiento suave, es lo esperado.</translation>
    </message>
    <message>
        <source>Stop if you feel sharp pain, pain that builds as you go, numbness, tingling or pain in a joint, and see a physical therapist before you do that exercise again.</source>
        <translation>Para si sientes un dolor agudo, un dolor que va en aumento, entumecimiento, hormigueo o dolor en una articulación, y consulta a un fisioterapeuta antes de volver a hacer ese ejercicio.</translation>
    </message>
    <message>
        <source>Stop at once and get medical help if you feel dizzy or faint, have chest pain, or are unusually short of breath.</source>
        <translation>Para de inmediato y busca ayuda médica si te mareas o sientes que te vas a desmayar, si tienes dolor en el pecho o si te falta el aire más de lo normal.</translation>
    </message>
    <message>
        <source>Sore muscles the next day are normal. Pain or swelling that is worse the next day means ease off, or see a physical therapist if it does not settle.</source>
        <translation>Tener agujetas al día siguiente es normal. Un dolor o una hinchazón que está peor al día siguiente significa que debes aflojar, o consultar a un fisioterapeuta si no se calma.</translation>
    </message>
    <message>
        <source>If you have a recent injury or surgery, are pregnant, or have a health condition, check with a health professional before you start.</source>
        <translation>Si tienes una lesión o una operación reciente, estás embarazada o tienes un problema de salud, consulta con un profesional sanitario antes de empezar.</translation>
    </message>
    <message>
        <source>Pregnant: later in pregnancy avoid long spells lying flat on your back. With pelvic girdle pain, leave out split stances, side steps and standing on one leg.</source>
        <translation>Embarazada: a medida que avanza el embarazo, evita pasar mucho rato tumbada boca arriba. Con dolor de cintura pélvica, deja fuera las posiciones de zancada, los pasos laterales y el apoyo sobre una pierna.</translation>
    </message>
    <message>
        <source>For exercises on one leg, keep a hand on your desk or another stable support, and wear shoes or go barefoot on a floor that does not slip: not socks on a smooth floor.</source>
        <translation>En los ejercicios sobre una pierna, mantén una mano en la mesa o en otro apoyo estable, y lleva calzado o ve descalzo sobre un suelo que no resbale: no en calcetines sobre un suelo liso.</translation>
    </message>
    <message>
        <source>Effort and a mild stretch are fine. Sharp or building pain, numbness, tingling or joint pain: stop, and see a physical therapist. Dizziness, chest pain or unusual breathlessness: stop and get medical help.</source>
        <translation>El esfuerzo y un estiramiento suave están bien. Dolor agudo o que aumenta, entumecimiento, hormigueo o dolor articular: para y consulta a un fisioterapeuta. Mareo, dolor en el pecho o falta de aire inusual: para y busca ayuda médica.</translation>
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
        <translation>&amp;Límite de tiempo sentado:</translation>
    </message>
    <message>
        <source>&amp;Heads-up before the prompt:</source>
        <translation>A&amp;viso antes del recordatorio:</translation>
    </message>
    <message>
        <source>Away time that counts as a &amp;break:</source>
        <translation>Ausencia que cuenta como &amp;pausa:</translation>
    </message>
    <message>
        <source>Snooze le&amp;ngth:</source>
        <translation>Duración del &amp;aplazamiento:</translation>
    </message>
    <message>
        <source>Snoozes in a ro&amp;w:</source>
        <translation>Aplazamientos s&amp;eguidos:</translation>
    </message>
    <message>
        <source>&amp;Remind again after:</source>
        <translation>&amp;Recordar otra vez tras:</translation>
    </message>
    <message>
        <source>Remind me only during wor&amp;king hours</source>
        <translation>Recordar solo en &amp;horario laboral</translation>
    </message>
    <message>
        <source>Work starts</source>
        <translation>Empieza el trabajo</translation>
    </message>
    <message>
        <source>Work ends</source>
        <translation>Termina el trabajo</translation>
    </message>
    <message>
        <source>Da&amp;ys:</source>
        <translation>&amp;Días:</translation>
    </message>
    <message>
        <source>&amp;Quiet while a full-screen window is active</source>
        <translation>&amp;Silencio con una ventana a pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Play a sound with the prompt</source>
        <translation>Reproducir un s&amp;onido con el recordatorio</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>Vol&amp;umen:</translation>
    </message>
    <message>
        <source>&amp;Idle detection:</source>
        <translation>Detección de &amp;inactividad:</translation>
    </message>
    <message>
        <source>Language of &amp;menus and windows:</source>
        <translation>Idioma de &amp;menús y ventanas:</translation>
    </message>
    <message>
        <source>Pro&amp;gram level:</source>
        <translation>&amp;Nivel del programa:</translation>
    </message>
    <message>
        <source>Left-out e&amp;xercises:</source>
        <translation>E&amp;jercicios excluidos:</translation>
    </message>
    <message>
        <source>&amp;Age range for balance norms:</source>
        <translation>Ran&amp;go de edad para las normas de equilibrio:</translation>
    </message>
    <message>
        <source>Offer the home routine at a set ti&amp;me</source>
        <translation>Ofrecer la rutina en &amp;casa a una hora fija</translation>
    </message>
    <message>
        <source>A&amp;t:</source>
        <translation>Hora &amp;fija:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Días:</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pausas</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Daily program time</source>
        <translation>Hora del programa diario</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horario laboral</translation>
    </message>
    <message>
        <source>Sound and notifications</source>
        <translation>Sonido y notificaciones</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>No snoozing</source>
        <translation>Sin aplazamientos</translation>
    </message>
    <message>
        <source>Automatic (recommended)</source>
        <translation>Automática (recomendada)</translation>
    </message>
    <message>
        <source>X11 screen-saver extension</source>
        <translation>Extensión de salvapantallas de X11</translation>
    </message>
    <message>
        <source>GNOME idle monitor</source>
        <translation>Monitor de inactividad de GNOME</translation>
    </message>
    <message>
        <source>freedesktop.org screen saver</source>
        <translation>Salvapantallas de freedesktop.org</translation>
    </message>
    <message>
        <source>Wayland idle notification</source>
        <translation>Notificación de inactividad de Wayland</translation>
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
        <translation>Desactivada: contar las pausas solo por el bloqueo de pantalla y la suspensión</translation>
    </message>
    <message>
        <source>Wake up the butt</source>
        <translation>Despertar los glúteos</translation>
    </message>
    <message>
        <source>Use it with your core</source>
        <translation>Con el core activado</translation>
    </message>
    <message>
        <source>Put it all together</source>
        <translation>Todo junto</translation>
    </message>
    <message>
        <source>Glutes on their own, at a low load.</source>
        <translation>Los glúteos solos, con poca carga.</translation>
    </message>
    <message>
        <source>Glutes at work with your trunk braced.</source>
        <translation>Los glúteos trabajando con el tronco firme.</translation>
    </message>
    <message>
        <source>On one leg and under load, as in running.</source>
        <translation>Sobre una pierna y con carga, como al correr.</translation>
    </message>
    <message>
        <source>{0} or older</source>
        <translation>{0} o más</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} a {1}</translation>
    </message>
    <message>
        <source>System ({0})</source>
        <translation>Sistema ({0})</translation>
    </message>
    <message>
        <source>deadbutt-tray settings</source>
        <extracomment>A valid change was made; carries the whole new ``Settings``. The app saves it.</extracomment>
        <translation>Ajustes de deadbutt-tray</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>none: idle detection is unavailable</source>
        <translation>ninguna: la detección de inactividad no está disponible</translation>
    </message>
    <message>
        <source>Working hours must end after they start.</source>
        <translation>El horario laboral debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>Pick at least one working day.</source>
        <translation>Elige al menos un día laborable.</translation>
    </message>
    <message>
        <source>Pick at least one day.</source>
        <translation>Elige al menos un día.</translation>
    </message>
    <message>
        <source>Kept left out, in case they hurt: {0}. Put any back with its button under Program.</source>
        <translation>Siguen excluidos, por si duelen: {0}. Vuelve a incluir cualquiera con su botón en Programa.</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>Set every setting back to its default? Start at login is not changed.</source>
        <translation>¿Devolver todos los ajustes a su valor predeterminado? El inicio al iniciar sesión no cambia.</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>Resta&amp;blecer valores predeterminados</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Restablecer &amp;valores predeterminados</translation>
    </message>
    <message>
        <source>Ho&amp;urs:</source>
        <translation>En&amp;tre:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Level {0}: {1}</source>
        <translation>Nivel {0}: {1}</translation>
    </message>
    <message>
        <source>Nothing is left out. If an exercise hurts, press “This hurts” during a break and it will be left out until you put it back here.</source>
        <translation>No hay nada excluido. Si un ejercicio duele, pulsa «Esto duele» durante una pausa y quedará excluido hasta que lo vuelvas a incluir aquí.</translation>
    </message>
    <message>
        <source>Start deadbutt-tray when I &amp;log in</source>
        <translation>Iniciar deadbutt-tra&amp;y al iniciar sesión</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Inicio al iniciar sesión</translation>
    </message>
    <message>
        <source>Uses {0}</source>
        <translation>Usa {0}</translation>
    </message>
    <message>
        <source>Idle detection in use</source>
        <translation>Detección de inactividad en uso</translation>
    </message>
    <message>
        <source>In us&amp;e:</source>
        <translation>En us&amp;o:</translation>
    </message>
    <message>
        <source>Why this idle detection</source>
        <translation>Por qué esta detección de inactividad</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Volver a incluir</translation>
    </message>
    <message>
        <source>Put back {0}</source>
        <translation>Volver a incluir {0}</translation>
    </message>
    <message>
        <source>Include this exercise in routines again</source>
        <translation>Incluir de nuevo este ejercicio en las rutinas</translation>
    </message>
    <message>
        <source>Include “{0}” in routines again</source>
        <translation>Incluir de nuevo «{0}» en las rutinas</translation>
    </message>
    <message>
        <source>Cannot tell whether it starts at login: {0}</source>
        <translation>No se puede saber si se inicia al iniciar sesión: {0}</translation>
    </message>
    <message>
        <source>Could not change start at login: {0}</source>
        <translation>No se pudo cambiar el inicio al iniciar sesión: {0}</translation>
    </message>
    <message>
        <source>GNOME shows tray icons only with the “AppIndicator and KStatusNotifierItem Support” extension. Install it (on Debian and Ubuntu: the gnome-shell-extension-appindicator package), turn it on in the Extensions app, then log out and back in.</source>
        <translation>GNOME solo muestra iconos en la bandeja con la extensión «AppIndicator and KStatusNotifierItem Support». Instálala (en Debian y Ubuntu: el paquete gnome-shell-extension-appindicator), actívala en la aplicación Extensiones y luego cierra sesión y vuelve a entrar.</translation>
    </message>
    <message>
        <source>Add the “System Tray” widget to your panel: right-click the panel, choose “Add Widgets…” and drag “System Tray” onto it.</source>
        <translation>Añade el widget «Bandeja del sistema» a tu panel: haz clic derecho en el panel, elige «Añadir elementos gráficos…» y arrastra «Bandeja del sistema» hasta él.</translation>
    </message>
    <message>
        <source>Your bar needs its tray turned on: in waybar, add &quot;tray&quot; to one of the modules lists; in swaybar, remove any “tray_output none” line from the bar block. Then reload the bar.</source>
        <translation>Tu barra necesita tener la bandeja activada: en waybar, añade &quot;tray&quot; a una de las listas de módulos; en swaybar, quita cualquier línea «tray_output none» del bloque bar. Luego recarga la barra.</translation>
    </message>
    <message>
        <source>Add “tray_output primary” to the bar { } block of your i3 config, make sure one monitor is primary (xrandr --output NAME --primary), then reload i3.</source>
        <translation>Añade «tray_output primary» al bloque bar { } de tu configuración de i3, asegúrate de que un monitor sea el principal (xrandr --output NOMBRE --primary) y luego recarga i3.</translation>
    </message>
    <message>
        <source>Your desktop has no system tray right now. Most panels can show one: look for a “System Tray”, “Notification Area” or “Status Notifier” item and add it to your panel, then start deadbutt-tray again.</source>
        <translation>Tu escritorio no tiene ahora bandeja del sistema. La mayoría de los paneles pueden mostrar una: busca un elemento «Bandeja del sistema», «Área de notificación» o «Status Notifier», añádelo a tu panel y vuelve a iniciar deadbutt-tray.</translation>
    </message>
    <message>
        <source>Problem notice</source>
        <translation>Aviso de problema</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Descartar este aviso</translation>
    </message>
    <message>
        <source>deadbutt-tray status</source>
        <translation>Estado de deadbutt-tray</translation>
    </message>
    <message>
        <source>Sitting progress</source>
        <translation>Progreso del tiempo sentado</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Status detail</source>
        <translation>Detalle del estado</translation>
    </message>
    <message>
        <source>Sitting limit</source>
        <translation>Límite de tiempo sentado</translation>
    </message>
    <message>
        <source>Guided &amp;break</source>
        <translation>&amp;Pausa guiada</translation>
    </message>
    <message>
        <source>Guided break</source>
        <translation>Pausa guiada</translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation>&amp;Pausar recordatorios</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Pausar recordatorios</translation>
    </message>
    <message>
        <source>Latest notice</source>
        <translation>Último aviso</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Necesita tu atención</translation>
    </message>
    <message>
        <source>Want a tray icon instead?</source>
        <translation>¿Prefieres un icono en la bandeja?</translation>
    </message>
    <message>
        <source>How to get a tray icon</source>
        <translation>Cómo tener un icono en la bandeja</translation>
    </message>
    <message>
        <source>&amp;Got it</source>
        <translation>&amp;Entendido</translation>
    </message>
    <message>
        <source>Dismiss the tray hint</source>
        <translation>Descartar la sugerencia de la bandeja</translation>
    </message>
    <message>
        <source>Sitting limit: {0}</source>
        <translation>Límite de tiempo sentado: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n home routine(s)</source>
        <translation>
            <numerusform>%n rutina en casa</numerusform>
            <numerusform>%n rutinas en casa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n before a run</source>
        <translation>
            <numerusform>%n antes de correr</numerusform>
            <numerusform>%n antes de correr</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Parciales</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>Naturales</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Aplazadas</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltadas</translation>
    </message>
    <message>
        <source>It hurt</source>
        <translation>Dolió</translation>
    </message>
    <message>
        <source>Home routine</source>
        <translation>Rutina en casa</translation>
    </message>
    <message>
        <source>Before a run</source>
        <translation>Antes de correr</translation>
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
        <translation>Resumen semanal</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ Semana &amp;anterior</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>Previous week (← or Page Up)</source>
        <translation>Semana anterior (← o Re Pág)</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Esta &amp;semana</translation>
    </message>
    <message>
        <source>Back to this week (Home)</source>
        <translation>Volver a esta semana (Inicio)</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>Semana &amp;siguiente ▶</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>Next week (→ or Page Down)</source>
        <translation>Semana siguiente (→ o Av Pág)</translation>
    </message>
    <message>
        <source>No records this week</source>
        <translation>No hay registros esta semana</translation>
    </message>
    <message>
        <source>← → previous / next week · ↑ ↓ day · Home this week · Esc close</source>
        <translation>← → semana anterior / siguiente · ↑ ↓ día · Inicio esta semana · Esc cerrar</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Todos los dispositivos</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Dispositivo:</translation>
    </message>
    <message>
        <source>Sitting per day (hours)</source>
        <translation>Tiempo sentado por día (horas)</translation>
    </message>
    <message>
        <source>Sitting per day</source>
        <translation>Tiempo sentado por día</translation>
    </message>
    <message>
        <source>Within the limit</source>
        <translation>Dentro del límite</translation>
    </message>
    <message>
        <source>Beyond the limit</source>
        <translation>Por encima del límite</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Pausas por día</translation>
    </message>
    <message>
        <source>Breaks and sessions per day</source>
        <translation>Pausas y sesiones por día</translation>
    </message>
    <message>
        <source>Uninterrupted stretches (minutes)</source>
        <translation>Periodos sentado sin interrupción (minutos)</translation>
    </message>
    <message>
        <source>Stretch lengths</source>
        <translation>Duración de los periodos sentado</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Week before</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>Day details</source>
        <translation>Detalles del día</translation>
    </message>
    <message>
        <source>The week in figures</source>
        <translation>La semana en cifras</translation>
    </message>
    <message>
        <source>Total sitting</source>
        <translation>Tiempo sentado total</translation>
    </message>
    <message>
        <source>Within / beyond limit</source>
        <translation>Dentro / por encima del límite</translation>
    </message>
    <message>
        <source>Longest stretch</source>
        <translation>Periodo sentado más largo</translation>
    </message>
    <message>
        <source>Average stretch</source>
        <translation>Periodo sentado medio</translation>
    </message>
    <message>
        <source>Breaks completed</source>
        <translation>Pausas hechas</translation>
    </message>
    <message>
        <source>Other answers</source>
        <translation>Otras respuestas</translation>
    </message>
    <message>
        <source>Natural breaks</source>
        <translation>Pausas naturales</translation>
    </message>
    <message>
        <source>Home / before a run</source>
        <translation>En casa / antes de correr</translation>
    </message>
    <message>
        <source>Guided-break time</source>
        <translation>Tiempo de pausa guiada</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Racha</translation>
    </message>
    <message>
        <source>Program level</source>
        <translation>Nivel del programa</translation>
    </message>
    <message>
        <source>Balance (weaker leg)</source>
        <translation>Equilibrio (pierna más débil)</translation>
    </message>
    <message>
        <source>Week {0} · {1} – {2}</source>
        <translation>Semana {0} · {1} – {2}</translation>
    </message>
    <message>
        <source>This week could not be read</source>
        <translation>No se pudo leer esta semana</translation>
    </message>
    <message>
        <source>Something went wrong reading the history; the log file says what.</source>
        <translation>Algo salió mal al leer el historial; el archivo de registro dice qué.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0} min: {1} this week, {2} the week before</source>
        <translation>{0} min: {1} esta semana, {2} la semana anterior</translation>
    </message>
    <message>
        <source>Of each stretch, the first {0} are within the sitting limit, the rest beyond.</source>
        <translation>De cada periodo sentado, los primeros {0} están dentro del límite y el resto por encima.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Tiempo sentado</translation>
    </message>
    <message>
        <source>{0} ({1} within the {2} limit, {3} beyond it)</source>
        <translation>{0} ({1} dentro del límite de {2}, {3} por encima)</translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n stretch(es))</source>
        <translation>
            <numerusform>{0} (%n periodo sentado)</numerusform>
            <numerusform>{0} (%n periodos sentado)</numerusform>
        </translation>
    </message>
    <message>
        <source>no prompts this week</source>
        <translation>sin recordatorios esta semana</translation>
    </message>
    <message>
        <source>{0} partial · {1} skipped · {2} snoozed</source>
        <translation>{0} parciales · {1} saltadas · {2} aplazadas</translation>
    </message>
    <message numerus="yes">
        <source>%n stopped: it hurt</source>
        <translation>
            <numerusform>%n parada: dolió</numerusform>
            <numerusform>%n paradas: dolió</numerusform>
        </translation>
    </message>
    <message>
        <source>--sit-limit must be a number of minutes more than 0 and at most {0} (fractions allowed, e.g. {1}), not {2}</source>
        <translation>--sit-limit debe ser un número de minutos mayor que 0 y como mucho {0} (se admiten decimales, p.&#xa0;ej. {1}), no {2}</translation>
    </message>
    <message>
        <source>A tray app that tracks continuous sitting and prompts short hip-extension and glute-activation breaks. Run without a command to start it.</source>
        <translation>Una aplicación de la bandeja que mide el tiempo sentado sin interrupción y propone pausas cortas de extensión de cadera y activación de glúteos. Sin una orden, se inicia la aplicación.</translation>
    </message>
    <message>
        <source>Files live in the platform&apos;s folders, or all under --data-dir / ${0}.</source>
        <translation>Los archivos están en las carpetas del sistema, o todos bajo --data-dir / ${0}.</translation>
    </message>
    <message>
        <source>keep settings, history, exercises and logs under DIR (or set ${0})</source>
        <translation>guardar ajustes, historial, ejercicios y registros bajo DIR (o definir ${0})</translation>
    </message>
    <message>
        <source>sitting limit for this run only; fractions allowed (e.g. 0.1 to watch a cycle)</source>
        <translation>límite de tiempo sentado solo para esta ejecución; se admiten fracciones (p. ej. 0.1 para ver un ciclo)</translation>
    </message>
    <message>
        <source>also log to stderr</source>
        <translation>registrar también en stderr</translation>
    </message>
    <message>
        <source>validate settings, history and exercise files; exit 1 if anything is wrong</source>
        <translation>comprobar los archivos de ajustes, historial y ejercicios; código de salida 1 si algo está mal</translation>
    </message>
    <message>
        <source>Validate the settings file, every history file, the exercise library, its translations and your own exercises. Prints each problem with file, key and what is accepted; exits 1 if there are any, 0 otherwise.</source>
        <translation>Comprueba el archivo de ajustes, cada archivo de historial, la biblioteca de ejercicios, sus traducciones y tus propios ejercicios. Muestra cada problema con el archivo, la clave y lo que se admite; código de salida 1 si hay alguno, 0 si no.</translation>
    </message>
    <message>
        <source>also list every exercise text not yet translated into LANG (e.g. de)</source>
        <translation>listar además cada texto de ejercicio aún no traducido a LANG (p. ej. de)</translation>
    </message>
    <message>
        <source>start the tray app (the default)</source>
        <translation>iniciar la aplicación de la bandeja (lo predeterminado)</translation>
    </message>
    <message>
        <source>start a guided break in the running app (starting the app if needed)</source>
        <translation>empezar una pausa guiada en la aplicación en marcha (iniciándola si hace falta)</translation>
    </message>
    <message>
        <source>Start a guided break. Without --routine, the desk micro-break of your level; &apos;home&apos; is the home routine of your level; or a routine id such as home-2 or pre-run.</source>
        <translation>Empieza una pausa guiada. Sin --routine, la micropausa en la mesa de tu nivel; &apos;home&apos; es la rutina en casa de tu nivel; o el id de una rutina como home-2 o pre-run.</translation>
    </message>
    <message>
        <source>desk-micro (the default), home, pre-run, or a routine id such as home-2</source>
        <translation>desk-micro (lo predeterminado), home, pre-run, o el id de una rutina como home-2</translation>
    </message>
    <message>
        <source>hold reminders for MINUTES, or until tomorrow (sitting keeps counting)</source>
        <translation>pausar los recordatorios MINUTES minutos, o hasta mañana (el tiempo sentado se sigue contando)</translation>
    </message>
    <message>
        <source>end a pause</source>
        <translation>terminar una pausa de los recordatorios</translation>
    </message>
    <message>
        <source>quit the running app (it saves the sitting span)</source>
        <translation>salir de la aplicación en marcha (guarda el periodo sentado)</translation>
    </message>
    <message>
        <source>print the running app&apos;s live state (for panels and scripts); exit 3 if not running</source>
        <translation>mostrar el estado actual de la aplicación en marcha (para paneles y scripts); código de salida 3 si no está en marcha</translation>
    </message>
    <message>
        <source>Print one line on the running app&apos;s state, e.g. &apos;Sitting for 23 min · next break in 7 min&apos;. With --json, one JSON object for waybar / polybar custom modules: text, tooltip, class (sitting, due, paused, away, off), percentage (of the sitting limit), sitting_seconds, limit_seconds, next_break. Exits 3 when no copy is running.</source>
        <translation>Muestra una línea con el estado de la aplicación en marcha, p. ej. &apos;Sentado desde hace 23 min · próxima pausa en 7 min&apos;. Con --json, un objeto JSON para módulos personalizados de waybar / polybar: text, tooltip, class (sitting, due, paused, away, off), percentage (del límite de tiempo sentado), sitting_seconds, limit_seconds, next_break. Código de salida 3 si no hay ninguna en marcha.</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>mostrar un objeto JSON</translation>
    </message>
    <message>
        <source>print the weekly sitting summary (this week, or --week YYYY-Www)</source>
        <translation>mostrar el resumen semanal del tiempo sentado (esta semana, o --week YYYY-Www)</translation>
    </message>
    <message>
        <source>Print the figures of the weekly summary window for one ISO week: sitting within and beyond the limit, stretches, breaks, streak, balance, and a comparison with the week before.</source>
        <translation>Muestra las cifras del resumen semanal de una semana ISO: tiempo sentado dentro y por encima del límite, periodos sentado, pausas, racha, equilibrio y una comparación con la semana anterior.</translation>
    </message>
    <message>
        <source>the ISO week, e.g. 2026-W48</source>
        <translation>la semana ISO, p. ej. 2026-W48</translation>
    </message>
    <message>
        <source>print the figures as JSON</source>
        <translation>mostrar las cifras como JSON</translation>
    </message>
    <message>
        <source>export history records as CSV or JSON for spreadsheets</source>
        <translation>exportar registros del historial como CSV o JSON para hojas de cálculo</translation>
    </message>
    <message>
        <source>Write history records (one row per record, with a &apos;type&apos; column) to FILE. Without --from/--to, all of it. Dates are local days, both included.</source>
        <translation>Escribe los registros del historial (una fila por registro, con una columna &apos;type&apos;) en FILE. Sin --from/--to, todo. Las fechas son días locales, ambos incluidos.</translation>
    </message>
    <message>
        <source>the file to write (&apos;-&apos; for stdout)</source>
        <translation>el archivo que se escribe (&apos;-&apos; para la salida estándar)</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>sustituir FILE si ya existe</translation>
    </message>
    <message>
        <source>{0} is not a date: write it like 2026-11-24</source>
        <translation>{0} no es una fecha: escríbela como 2026-11-24</translation>
    </message>
    <message>
        <source>{0} is not accepted: whole minutes from 1 to 1440, or &apos;tomorrow&apos;</source>
        <translation>{0} no se admite: minutos enteros de 1 a 1440, o &apos;tomorrow&apos;</translation>
    </message>
    <message>
        <source>pause for 1 to 1440 minutes, or &apos;tomorrow&apos;</source>
        <translation>pausar de 1 a 1440 minutos, o &apos;tomorrow&apos;</translation>
    </message>
    <message>
        <source>unknown routine {0}; known are: {1}</source>
        <translation>rutina desconocida {0}; las conocidas son: {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problema encontrado.</numerusform>
            <numerusform>%n problemas encontrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>All good: {0} checked ({1}, {2} of which {3} your own, {4}).</source>
        <translation>Todo bien: {0} comprobados ({1}, {2}, de los cuales {3} tuyos, {4}).</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history month(s)</source>
        <translation>
            <numerusform>%n mes de historial</numerusform>
            <numerusform>%n meses de historial</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n ejercicio</numerusform>
            <numerusform>%n ejercicios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation>
            <numerusform>%n rutina</numerusform>
            <numerusform>%n rutinas</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>todavía ninguna</translation>
    </message>
    <message>
        <source>No history files of device {0} in {1} (devices: {2}).</source>
        <translation>No hay archivos de historial del dispositivo {0} en {1} (dispositivos: {2}).</translation>
    </message>
    <message numerus="yes">
        <source>%n history problem(s): the output leaves those records out (exit status {0}). Nothing was changed; `{1} check` lists them.</source>
        <translation>
            <numerusform>%n problema en el historial: la salida deja fuera esos registros (código de salida {0}). No se ha cambiado nada; `{1} check` los lista.</numerusform>
            <numerusform>%n problemas en el historial: la salida deja fuera esos registros (código de salida {0}). No se ha cambiado nada; `{1} check` los lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: {0}</source>
        <translation>aviso: {0}</translation>
    </message>
    <message>
        <source>--from {0} is after --to {1}: nothing to export</source>
        <translation>--from {0} es posterior a --to {1}: nada que exportar</translation>
    </message>
    <message>
        <source>{0} already exists; add --force to replace it</source>
        <translation>{0} ya existe; añade --force para reemplazarlo</translation>
    </message>
    <message>
        <source>Can&apos;t write {0}: {1}</source>
        <translation>No se puede escribir {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {0}.</source>
        <translation>
            <numerusform>%n registro exportado a {0}.</numerusform>
            <numerusform>%n registros exportados a {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Can&apos;t read the history folder {0}: {1}. Nothing exported.</source>
        <translation>No se puede leer la carpeta del historial {0}: {1}. No se ha exportado nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n día seguido</numerusform>
            <numerusform>%n días seguidos</numerusform>
        </translation>
    </message>
    <message>
        <source>at least {0}</source>
        <translation>al menos {0}</translation>
    </message>
    <message>
        <source>Days with at least {0} completed or natural breaks (fewer on a day with little sitting). Days without sitting don&apos;t count either way.</source>
        <translation>Días con al menos {0} pausas hechas o naturales (menos en un día con poco tiempo sentado). Los días sin tiempo sentado no cuentan ni a favor ni en contra.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>The latest single-leg balance test, eyes open: the weaker leg&apos;s time.</source>
        <translation>La última prueba de equilibrio sobre una pierna con los ojos abiertos: el tiempo de la pierna más débil.</translation>
    </message>
    <message>
        <source>no test these two weeks</source>
        <translation>sin prueba en estas dos semanas</translation>
    </message>
    <message>
        <source>{0}, {1}{2:.0f} s on the test before</source>
        <translation>{0}, {1}{2:.0f} s respecto a la prueba anterior</translation>
    </message>
    <message>
        <source>{0} (week before)</source>
        <translation>{0} (semana anterior)</translation>
    </message>
    <message>
        <source>{0} · pelvis drop standing on the right</source>
        <translation>{0} · caída de la pelvis, de pie sobre la pierna derecha</translation>
    </message>
    <message>
        <source>{0} · pelvis drop standing on the left</source>
        <translation>{0} · caída de la pelvis, de pie sobre la pierna izquierda</translation>
    </message>
    <message>
        <source>year {year} is not accepted: 1 to 9998</source>
        <translation>el año {year} no se admite: de 1 a 9998</translation>
    </message>
    <message>
        <source>{year} has weeks 1 to {last}, not week {week}</source>
        <translation>{year} tiene las semanas 1 a {last}, no la semana {week}</translation>
    </message>
    <message>
        <source>{text} is not a week: write it like 2026-W48</source>
        <translation>{text} no es una semana: escríbela como 2026-W48</translation>
    </message>
    <message>
        <source>{text} is not accepted: the summary reads the weeks on either side too, so 0001-W02 to 9998-W51</source>
        <translation>{text} no se admite: el resumen lee también las semanas de antes y de después, así que de 0001-W02 a 9998-W51</translation>
    </message>
    <message>
        <source>Nothing was recorded the week before, so there is nothing to compare with.</source>
        <translation>No se registró nada la semana anterior, así que no hay nada que comparar.</translation>
    </message>
    <message>
        <source>So far about as much sitting as by this time last week.</source>
        <translation>Hasta ahora, más o menos el mismo tiempo sentado que a esta hora la semana pasada.</translation>
    </message>
    <message>
        <source>About as much sitting as the week before.</source>
        <translation>Más o menos el mismo tiempo sentado que la semana anterior.</translation>
    </message>
    <message>
        <source>So far you sat {0} less than by this time last week.</source>
        <translation>Hasta ahora has estado sentado {0} menos que a esta hora la semana pasada.</translation>
    </message>
    <message>
        <source>So far you sat {0} more than by this time last week.</source>
        <translation>Hasta ahora has estado sentado {0} más que a esta hora la semana pasada.</translation>
    </message>
    <message>
        <source>You sat {0} less than the week before.</source>
        <translation>Has estado sentado {0} menos que la semana anterior.</translation>
    </message>
    <message>
        <source>You sat {0} more than the week before.</source>
        <translation>Has estado sentado {0} más que la semana anterior.</translation>
    </message>
    <message>
        <source>Mon</source>
        <comment>short weekday</comment>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <comment>short weekday</comment>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <comment>short weekday</comment>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <comment>short weekday</comment>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <comment>short weekday</comment>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <comment>short weekday</comment>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <comment>short weekday</comment>
        <translation>dom</translation>
    </message>
    <message>
        <source>Jan</source>
        <comment>short month</comment>
        <translation>ene</translation>
    </message>
    <message>
        <source>Feb</source>
        <comment>short month</comment>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <comment>short month</comment>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <comment>short month</comment>
        <translation>abr</translation>
    </message>
    <message>
        <source>May</source>
        <comment>short month</comment>
        <translation>may</translation>
    </message>
    <message>
        <source>Jun</source>
        <comment>short month</comment>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <comment>short month</comment>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <comment>short month</comment>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <comment>short month</comment>
        <translation>sept</translation>
    </message>
    <message>
        <source>Oct</source>
        <comment>short month</comment>
        <translation>oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <comment>short month</comment>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <comment>short month</comment>
        <translation>dic</translation>
    </message>
    <message>
        <source>{0} {1} {2}</source>
        <comment>date: short weekday, day, short month</comment>
        <translation>{0} {1} {2}</translation>
    </message>
    <message>
        <source>Week {0} · {1} – {2} {3}</source>
        <translation>Semana {0} · {1} – {2} {3}</translation>
    </message>
    <message>
        <source>This week has not begun yet.</source>
        <translation>Esta semana aún no ha empezado.</translation>
    </message>
    <message>
        <source>Nothing recorded yet this week: sitting shows up once a stretch ends.</source>
        <translation>Todavía no hay nada registrado esta semana: el tiempo sentado aparece cuando termina un periodo sentado.</translation>
    </message>
    <message>
        <source>Nothing was recorded this week.</source>
        <translation>No se registró nada esta semana.</translation>
    </message>
    <message>
        <source>The week before: {0} of sitting.</source>
        <translation>La semana anterior: {0} sentado.</translation>
    </message>
    <message>
        <source>{0} completed of {1} prompted{2}</source>
        <translation>{0} hechas de {1} recordatorios{2}</translation>
    </message>
    <message>
        <source>{0} partial, {1} skipped, {2} snoozed; {3} natural; {4} stopped for pain</source>
        <translation>{0} parciales, {1} saltadas, {2} aplazadas; {3} naturales; {4} paradas por dolor</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Guided breaks</source>
        <translation>Pausas guiadas</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Equilibrio</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Dentro</translation>
    </message>
    <message>
        <source>Beyond</source>
        <translation>Encima</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Más largo</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Breaks (completed/prompted, natural)  Sessions</source>
        <translation>Pausas (hechas/recordatorios, naturales)  Sesiones</translation>
    </message>
    <message>
        <source>, {0} stopped for pain</source>
        <translation>, {0} paradas por dolor</translation>
    </message>
    <message>
        <source>Uninterrupted stretches</source>
        <translation>Periodos sentado sin interrupción</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>esta semana</translation>
    </message>
    <message>
        <source>the week before</source>
        <translation>la semana anterior</translation>
    </message>
    <message>
        <source>under 15 min</source>
        <translation>menos de 15 min</translation>
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
        <translation>60 min o más</translation>
    </message>
    <message numerus="yes">
        <source>%n break(s)</source>
        <translation>
            <numerusform>%n pausa</numerusform>
            <numerusform>%n pausas</numerusform>
        </translation>
    </message>
    <message>
        <source>no day in a row yet with the daily target of {0}</source>
        <translation>todavía ningún día seguido con el objetivo diario de {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} in a row with the daily target of {1}</source>
        <translation>{0} seguidos con el objetivo diario de {1}</translation>
    </message>
    <message>
        <source>no test in these two weeks</source>
        <translation>sin prueba en estas dos semanas</translation>
    </message>
    <message>
        <source>{0:.0f} s on the weaker leg, eyes open</source>
        <translation>{0:.0f} s sobre la pierna más débil, ojos abiertos</translation>
    </message>
    <message>
        <source> (tested the week before)</source>
        <translation> (prueba de la semana anterior)</translation>
    </message>
    <message>
        <source>; about the same as the test before</source>
        <translation>; más o menos igual que en la prueba anterior</translation>
    </message>
    <message>
        <source>; {0:.0f} s up on the test before</source>
        <translation>; {0:.0f} s más que en la prueba anterior</translation>
    </message>
    <message>
        <source>; {0:.0f} s down on the test before</source>
        <translation>; {0:.0f} s menos que en la prueba anterior</translation>
    </message>
    <message>
        <source>; pelvis drop standing on the right</source>
        <translation>; caída de la pelvis de pie sobre la derecha</translation>
    </message>
    <message>
        <source>; pelvis drop standing on the left</source>
        <translation>; caída de la pelvis de pie sobre la izquierda</translation>
    </message>
    <message>
        <source>This week hasn&apos;t begun yet</source>
        <translation>Esta semana aún no ha empezado</translation>
    </message>
    <message>
        <source>Nothing recorded yet this week</source>
        <translation>Todavía no hay nada registrado esta semana</translation>
    </message>
    <message>
        <source>Your sitting shows up here each time a stretch ends, so at your next break.</source>
        <translation>Tu tiempo sentado aparece aquí cada vez que termina un periodo sentado, es decir, en tu próxima pausa.</translation>
    </message>
    <message>
        <source>Nothing recorded this week</source>
        <translation>No hay nada registrado esta semana</translation>
    </message>
    <message>
        <source>The app wasn&apos;t running, or you were away from the desk.</source>
        <translation>La aplicación no estaba en marcha, o no estabas en tu mesa.</translation>
    </message>
    <message numerus="yes">
        <source>The week before: {0} of sitting, %n break(s) completed.</source>
        <translation>
            <numerusform>La semana anterior: {0} sentado, %n pausa hecha.</numerusform>
            <numerusform>La semana anterior: {0} sentado, %n pausas hechas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use ← and → to see other weeks.</source>
        <translation>Usa ← y → para ver otras semanas.</translation>
    </message>
    <message>
        <source>{0}: still to come.</source>
        <translation>{0}: aún por llegar.</translation>
    </message>
    <message>
        <source>{0} (today): nothing recorded yet.</source>
        <translation>{0} (hoy): todavía nada registrado.</translation>
    </message>
    <message>
        <source>{0}: no sitting recorded.</source>
        <translation>{0}: sin tiempo sentado registrado.</translation>
    </message>
    <message>
        <source>{0}: sat {1} — {2} within the limit, {3} beyond it.</source>
        <translation>{0}: sentado {1} — {2} dentro del límite, {3} por encima.</translation>
    </message>
    <message numerus="yes">
        <source>Longest stretch {0} (%n stretch(es) ended this day).</source>
        <translation>
            <numerusform>Periodo sentado más largo {0} (%n periodo terminó este día).</numerusform>
            <numerusform>Periodo sentado más largo {0} (%n periodos terminaron este día).</numerusform>
        </translation>
    </message>
    <message>
        <source>Breaks: {0} completed, {1} partial, {2} natural; {3} snoozed, {4} skipped.</source>
        <translation>Pausas: {0} hechas, {1} parciales, {2} naturales; {3} aplazadas, {4} saltadas.</translation>
    </message>
    <message numerus="yes">
        <source>%n stopped because it hurt.</source>
        <translation>
            <numerusform>%n parada porque dolía.</numerusform>
            <numerusform>%n paradas porque dolía.</numerusform>
        </translation>
    </message>
    <message>
        <source>Guided: {0}.</source>
        <translation>Guiadas: {0}.</translation>
    </message>
    <message>
        <source>Sessions: {0}.</source>
        <translation>Sesiones: {0}.</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n prompt(s) ({1})</source>
        <translation>
            <numerusform>{0} de %n recordatorio ({1})</numerusform>
            <numerusform>{0} de %n recordatorios ({1})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daily target of %n break(s) reached.</source>
        <translation>
            <numerusform>Objetivo diario de %n pausa alcanzado.</numerusform>
            <numerusform>Objetivo diario de %n pausas alcanzado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daily target of %n break(s) missed ({0}).</source>
        <translation>
            <numerusform>Objetivo diario de %n pausa no alcanzado ({0}).</numerusform>
            <numerusform>Objetivo diario de %n pausas no alcanzado ({0}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n break(s) for today&apos;s target so far.</source>
        <translation>
            <numerusform>{0} de %n pausa para el objetivo de hoy, por ahora.</numerusform>
            <numerusform>{0} de %n pausas para el objetivo de hoy, por ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
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
        <translation>dddd, d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <comment>chart label: short weekday name and day of the month</comment>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>your balance improved from {0} to {1} on the weaker leg</source>
        <translation>tu equilibrio ha mejorado de {0} a {1} en la pierna más débil</translation>
    </message>
    <message>
        <source>you balance {0} on each leg</source>
        <translation>mantienes el equilibrio {0} sobre cada pierna</translation>
    </message>
    <message>
        <source>{0} {1} at level {2}, and {3}.</source>
        <comment>level suggestion: breaks, days, level, balance</comment>
        <translation>{0} {1} en el nivel {2}, y {3}.</translation>
    </message>
    <message numerus="yes">
        <source>%n completed break(s)</source>
        <translation>
            <numerusform>%n pausa hecha</numerusform>
            <numerusform>%n pausas hechas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n different day(s)</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días distintos</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle detection is off, as chosen in Settings: breaks are counted from screen lock and sleep, and when you take them.</source>
        <translation>La detección de inactividad está desactivada, como elegiste en Ajustes: las pausas se cuentan por el bloqueo de pantalla y la suspensión, y cuando las haces.</translation>
    </message>
    <message>
        <source>none, as chosen (screen lock and sleep only)</source>
        <translation>ninguna, como elegiste (solo bloqueo de pantalla y suspensión)</translation>
    </message>
    <message>
        <source>Away from the desk · sitting resets after a short break</source>
        <translation>Lejos de la mesa · el tiempo sentado se reinicia tras una pausa corta</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Sitting for {0}</source>
        <translation>Sentado desde hace {0}</translation>
    </message>
    <message>
        <source>{0} · paused until {1}</source>
        <translation>{0} · en pausa hasta las {1}</translation>
    </message>
    <message>
        <source>{0} · outside working hours</source>
        <translation>{0} · fuera del horario laboral</translation>
    </message>
    <message>
        <source>{0} · do not disturb</source>
        <translation>{0} · no molestar</translation>
    </message>
    <message>
        <source>{0} · break due now</source>
        <translation>{0} · toca pausa ahora</translation>
    </message>
    <message>
        <source>{0} · next break in {1} min</source>
        <translation>{0} · próxima pausa en {1} min</translation>
    </message>
    <message>
        <source>&amp;Snooze / Pause</source>
        <translation>&amp;Aplazar / Pausar</translation>
    </message>
    <message>
        <source>Welcome to deadbutt-tray</source>
        <translation>Te damos la bienvenida a deadbutt-tray</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Long hours in a chair leave the glutes switched off. deadbutt-tray keeps an eye on how long you have been sitting and, at the right moment, suggests a short break that wakes them up.</source>
        <translation>Muchas horas en una silla dejan los glúteos apagados. deadbutt-tray vigila cuánto tiempo llevas sentado y, en el momento adecuado, te propone una pausa corta que los despierta.</translation>
    </message>
    <message>
        <source>You will get a nudge after {0} of sitting without a real break. Stepping away from the computer for a few minutes counts as a break too. You can change the limit in Settings.</source>
        <translation>Recibirás un aviso tras {0} sentado sin una pausa de verdad. Alejarte del ordenador unos minutos también cuenta como pausa. Puedes cambiar el límite en Ajustes.</translation>
    </message>
    <message>
        <source>Everything stays on this computer, as plain text files in a folder you can open from About:</source>
        <translation>Todo se queda en este ordenador, como archivos de texto sencillos en una carpeta que puedes abrir desde Acerca de:</translation>
    </message>
    <message>
        <source>Let&apos;s go</source>
        <translation>¡Vamos!</translation>
    </message>
    <message>
        <source>Daily program — deadbutt-tray</source>
        <translation>Programa diario — deadbutt-tray</translation>
    </message>
    <message>
        <source>Daily program</source>
        <translation>Programa diario</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s): the log has each of them, and deadbutt-tray check lists those in your files.</source>
        <translation>
            <numerusform>%n problema más: el registro los recoge todos, y deadbutt-tray check enumera los de tus archivos.</numerusform>
            <numerusform>%n problemas más: el registro los recoge todos, y deadbutt-tray check enumera los de tus archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time for your home routine ({0}).</source>
        <translation>Es hora de tu rutina en casa ({0}).</translation>
    </message>
    <message numerus="yes">
        <source>Level {0}, %n exercise(s), some on the floor: a mat or a rug helps.</source>
        <translation>
            <numerusform>Nivel {0}, %n ejercicio, algunos en el suelo: una esterilla o una alfombra ayuda.</numerusform>
            <numerusform>Nivel {0}, %n ejercicios, algunos en el suelo: una esterilla o una alfombra ayuda.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start home routine</source>
        <translation>&amp;Empezar la rutina en casa</translation>
    </message>
    <message>
        <source>&amp;Later ({0})</source>
        <translation>Más &amp;tarde ({0})</translation>
    </message>
    <message>
        <source>S&amp;kip today</source>
        <translation>&amp;Saltar hoy</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor de %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
    <message>
        <source>{0}%</source>
        <comment>percentage</comment>
        <translation>{0}&#xa0;%</translation>
    </message>
    <message>
        <source>the running copy refused</source>
        <translation>la instancia en marcha se ha negado</translation>
    </message>
    <message>
        <source>{0} is not running.</source>
        <translation>{0} no está en marcha.</translation>
    </message>
    <message>
        <source>{0} is already running; showed it.</source>
        <translation>{0} ya está en marcha; se ha mostrado.</translation>
    </message>
    <message>
        <source>{0} is not running (start it with: {0}).</source>
        <translation>{0} no está en marcha (inícialo con: {0}).</translation>
    </message>
    <message>
        <source>{id} is already used</source>
        <translation>{id} ya está en uso</translation>
    </message>
    <message>
        <source>{id} is already used by {other}; skipped</source>
        <translation>{id} ya lo usa {other}; se omite</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>larger than {size} KB</source>
        <translation>mayor de {size} KB</translation>
    </message>
    <message>
        <source>{problem}; the file was skipped</source>
        <translation>{problem}; se ha omitido el archivo</translation>
    </message>
    <message>
        <source>{id} is not accepted: it must match the file name ({name})</source>
        <translation>{id} no se admite: debe coincidir con el nombre del archivo ({name})</translation>
    </message>
    <message>
        <source>two words, for the first and the second half of a repetition, from: {choices}; e.g. [&quot;Down&quot;, &quot;Up&quot;]</source>
        <translation>dos palabras, para la primera y la segunda mitad de una repetición, entre: {choices}; p.&#xa0;ej. [&quot;Down&quot;, &quot;Up&quot;]</translation>
    </message>
    <message>
        <source>is missing or not a table: accepted is [dose] with sets, reps and/or hold_s, sides = &quot;both&quot; | &quot;each&quot;, tempo_s, rest_s</source>
        <translation>falta o no es una tabla: se espera [dose] con sets, reps y/o hold_s, sides = &quot;both&quot; | &quot;each&quot;, tempo_s, rest_s</translation>
    </message>
    <message>
        <source>is missing: give reps (repetitions), hold_s (seconds), or both</source>
        <translation>falta: indica reps (repeticiones), hold_s (segundos) o ambos</translation>
    </message>
    <message>
        <source>is not accepted: [[pose]] tables, one per frame</source>
        <translation>no se admite: tablas [[pose]], una por imagen</translation>
    </message>
    <message numerus="yes">
        <source>has %n table(s): accepted is 2 to {most} [[pose]] tables, the start position first and the end position last</source>
        <translation>
            <numerusform>tiene %n tabla: se esperan de 2 a {most} tablas [[pose]], primero la posición inicial y al final la posición final</numerusform>
            <numerusform>tiene %n tablas: se esperan de 2 a {most} tablas [[pose]], primero la posición inicial y al final la posición final</numerusform>
        </translation>
    </message>
    <message>
        <source>a table of point = surface, e.g. {example}; points: {points}; surfaces: {surfaces}</source>
        <translation>una tabla punto = superficie, p.&#xa0;ej. {example}; puntos: {points}; superficies: {surfaces}</translation>
    </message>
    <message>
        <source>a list of 2 to {most} relative paths of .svg files, e.g. {example}, start first and end last</source>
        <translation>una lista de 2 a {most} rutas relativas de archivos .svg, p.&#xa0;ej. {example}, primero el inicio y al final el fin</translation>
    </message>
    <message numerus="yes">
        <source>has %n path(s) but there are {poses} [[pose]] tables: accepted is one frame per pose</source>
        <translation>
            <numerusform>tiene %n ruta pero hay {poses} tablas [[pose]]: se espera una imagen por postura</numerusform>
            <numerusform>tiene %n rutas pero hay {poses} tablas [[pose]]: se espera una imagen por postura</numerusform>
        </translation>
    </message>
    <message>
        <source>{paths} not found (relative to {folder}); the generic pictures are used</source>
        <translation>{paths} no encontrado (relativo a {folder}); se usan las imágenes genéricas</translation>
    </message>
    <message>
        <source>a list of 1 to 20 exercise ids</source>
        <translation>una lista de 1 a 20 ids de ejercicios</translation>
    </message>
    <message>
        <source>{id} is not a known exercise; accepted: the id of a file in exercises/</source>
        <translation>{id} no es un ejercicio conocido; se espera: el id de un archivo de exercises/</translation>
    </message>
    <message>
        <source>tables [doses.&lt;exercise id&gt;] with sets, reps and/or hold_s, for exercises of this routine</source>
        <translation>tablas [doses.&lt;id de ejercicio&gt;] con sets, reps y/o hold_s, para ejercicios de esta rutina</translation>
    </message>
    <message>
        <source>{id} is not an exercise of this routine&apos;s list</source>
        <translation>{id} no es un ejercicio de la lista de esta rutina</translation>
    </message>
    <message>
        <source>a table with sets, reps and/or hold_s</source>
        <translation>una tabla con sets, reps y/o hold_s</translation>
    </message>
    <message>
        <source>is not accepted: the exercise is a hold, not repetitions</source>
        <translation>no se admite: el ejercicio es un mantenimiento, no repeticiones</translation>
    </message>
    <message>
        <source>unknown table; use &quot;exercises&quot; or &quot;routines&quot;</source>
        <extracomment>The translatable fields: a text, or a list of texts (as many as the English one has).</extracomment>
        <translation>tabla desconocida; usa &quot;exercises&quot; o &quot;routines&quot;</translation>
    </message>
    <message>
        <source>must be a table of ids</source>
        <translation>debe ser una tabla de ids</translation>
    </message>
    <message>
        <source>unknown id {id}</source>
        <translation>id desconocido {id}</translation>
    </message>
    <message>
        <source>must be a table of {fields}</source>
        <translation>debe ser una tabla de {fields}</translation>
    </message>
    <message>
        <source>unknown field; translatable fields: {fields}</source>
        <translation>campo desconocido; campos traducibles: {fields}</translation>
    </message>
    <message>
        <source>must be a non-empty text; English is shown</source>
        <translation>debe ser un texto no vacío; se muestra el inglés</translation>
    </message>
    <message numerus="yes">
        <source>must be a list of %n non-empty text(s), as in English; English is shown</source>
        <translation>
            <numerusform>debe ser una lista de %n texto no vacío, como en inglés; se muestra el inglés</numerusform>
            <numerusform>debe ser una lista de %n textos no vacíos, como en inglés; se muestra el inglés</numerusform>
        </translation>
    </message>
    <message>
        <source>not translated: {fields} (English is shown)</source>
        <translation>sin traducir: {fields} (se muestra el inglés)</translation>
    </message>
    <message>
        <source>lower-case letters, digits and single dashes, e.g. &quot;wall-sit&quot;</source>
        <translation>minúsculas, dígitos y guiones sueltos, p.&#xa0;ej. &quot;wall-sit&quot;</translation>
    </message>
    <message>
        <source>a very long number</source>
        <translation>un número muy largo</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>una tabla</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>uno de {choices}</translation>
    </message>
    <message>
        <source>unknown key, ignored; accepted: {keys}</source>
        <translation>clave desconocida, se ignora; se admiten: {keys}</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>a text of 1 to {most} characters</source>
        <translation>un texto de 1 a {most} caracteres</translation>
    </message>
    <message>
        <source>a text in quotes</source>
        <translation>un texto entre comillas</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>un número entero de {low} a {high}</translation>
    </message>
    <message>
        <source>a whole number, {low} or more</source>
        <translation>un número entero, {low} o más</translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation>un número de {low} a {high}</translation>
    </message>
    <message>
        <source>a date-time with offset, e.g. {example}</source>
        <translation>una fecha y hora con desfase, p.&#xa0;ej. {example}</translation>
    </message>
    <message>
        <source>a list of {low} to {high} texts, each 1 to {most} characters</source>
        <translation>una lista de {low} a {high} textos, cada uno de 1 a {most} caracteres</translation>
    </message>
    <message>
        <source>a list of at least one of {choices}, each at most once</source>
        <translation>una lista con al menos uno de {choices}, cada uno como mucho una vez</translation>
    </message>
    <message>
        <source>a list of {choices}, each at most once</source>
        <translation>una lista de {choices}, cada uno como mucho una vez</translation>
    </message>
    <message>
        <source>{value} is not accepted: {accepted}</source>
        <translation>{value} no se admite: debe ser {accepted}</translation>
    </message>
    <message>
        <source>a whole number of seconds, 0 or more</source>
        <translation>un número entero de segundos, 0 o más</translation>
    </message>
    <message>
        <source>a number of seconds from 0 to {high}</source>
        <translation>un número de segundos de 0 a {high}</translation>
    </message>
    <message>
        <source>a list of {example}</source>
        <translation>una lista de {example}</translation>
    </message>
    <message>
        <source>a list of {choices}</source>
        <translation>una lista de {choices}</translation>
    </message>
    <message>
        <source>a list of exercise ids, e.g. [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>una lista de ids de ejercicios, p.&#xa0;ej. [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>is not a table</source>
        <translation>no es una tabla</translation>
    </message>
    <message>
        <source>is before start: accepted is end &gt;= start</source>
        <translation>es anterior a start: se admite end &gt;= start</translation>
    </message>
    <message>
        <source>{accepted}, {note}</source>
        <translation>{accepted}, {note}</translation>
    </message>
    <message>
        <source>a number of minutes from {low} to {high}</source>
        <translation>un número de minutos de {low} a {high}</translation>
    </message>
    <message>
        <source>a whole number of seconds from {low} to {high}</source>
        <translation>un número entero de segundos de {low} a {high}</translation>
    </message>
    <message>
        <source>a whole percentage from {low} to {high}</source>
        <translation>un porcentaje entero de {low} a {high}</translation>
    </message>
    <message>
        <source>a time of day such as 09:00:00 or &quot;09:00&quot;</source>
        <translation>una hora como 09:00:00 o &quot;09:00&quot;</translation>
    </message>
    <message>
        <source>a list of ids such as &quot;wall-sit-squeeze&quot; (lower-case letters, digits and dashes), each at most once</source>
        <translation>una lista de ids como &quot;wall-sit-squeeze&quot; (minúsculas, dígitos y guiones), cada uno como mucho una vez</translation>
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
        <translation>su nivel superior no es una tabla TOML</translation>
    </message>
    <message>
        <source>its schema is {schema}; this version reads schema 1 to {newest}</source>
        <translation>su esquema es {schema}; esta versión lee los esquemas 1 a {newest}</translation>
    </message>
    <message>
        <source>it was written by a newer version of deadbutt-tray (schema {schema}); this version reads schema {newest} or older</source>
        <translation>lo escribió una versión más reciente de deadbutt-tray (esquema {schema}); esta versión lee el esquema {newest} o anteriores</translation>
    </message>
    <message>
        <source>is not accepted: a list of [[{table}]] tables</source>
        <translation>no se admite: se espera una lista de tablas [[{table}]]</translation>
    </message>
    <message>
        <source>is missing: accepted is schema = {schema}</source>
        <translation>falta: se espera schema = {schema}</translation>
    </message>
    <message>
        <source>belongs in a {month} file (the month of its own date); queries may miss it here</source>
        <translation>pertenece a un archivo {month} (el mes de su propia fecha); las consultas pueden pasarlo por alto aquí</translation>
    </message>
    <message>
        <source>was moved aside because it could not be read; nothing in it was deleted. Repair it and rename it to YYYY-MM.toml (merging it with any newer file of that name), or remove it</source>
        <translation>se apartó porque no se podía leer; no se borró nada de él. Repáralo y cámbiale el nombre a YYYY-MM.toml (uniéndolo con cualquier archivo más reciente de ese nombre), o elimínalo</translation>
    </message>
    <message>
        <source>looks like a sync tool&apos;s conflict copy: the app does not read it; move any records you miss into a YYYY-MM.toml file and remove it</source>
        <translation>parece una copia de conflicto de una herramienta de sincronización: la aplicación no la lee; mueve los registros que te falten a un archivo YYYY-MM.toml y elimínala</translation>
    </message>
    <message>
        <source>is not named YYYY-MM.DEVICE.toml or YYYY-MM.toml, so the app does not read it</source>
        <translation>no se llama YYYY-MM.DEVICE.toml ni YYYY-MM.toml, así que la aplicación no lo lee</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) kept in memory, to be saved when possible.</source>
        <translation>
            <numerusform>%n registro guardado en memoria, se escribirá en cuanto se pueda.</numerusform>
            <numerusform>%n registros guardados en memoria, se escribirán en cuanto se pueda.</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem} {outcome}</source>
        <translation>{problem} {outcome}</translation>
    </message>
    <message>
        <source>Can&apos;t read the history folder {folder}: {reason}.</source>
        <translation>No se puede leer la carpeta del historial {folder}: {reason}.</translation>
    </message>
    <message>
        <source>can&apos;t write it: {reason}</source>
        <translation>no se puede escribir: {reason}</translation>
    </message>
    <message>
        <source>{reason} (the history folder {folder} can&apos;t be created)</source>
        <translation>{reason} (no se puede crear la carpeta del historial {folder})</translation>
    </message>
    <message>
        <source>Can&apos;t save history to {file}: {reason}.</source>
        <translation>No se puede guardar el historial en {file}: {reason}.</translation>
    </message>
    <message>
        <source>Can&apos;t read history file {file}: {reason}. Its records are left out until it can be read; nothing was changed.</source>
        <translation>No se puede leer el archivo del historial {file}: {reason}. Sus registros quedan fuera hasta que se pueda leer; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>History file {file} can&apos;t be used: {reason}. Its records are left out; nothing was changed.</source>
        <translation>El archivo del historial {file} no se puede usar: {reason}. Sus registros quedan fuera; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Skipped an invalid history record: {problem}</source>
        <translation>Se omitió un registro del historial no válido: {problem}</translation>
    </message>
    <message>
        <source>it could not be read ({reason}) and could not be moved aside ({error})</source>
        <translation>no se pudo leer ({reason}) ni apartar ({error})</translation>
    </message>
    <message>
        <source>History file {file} could not be read: {reason}. It was moved to {moved} in the same folder; nothing was deleted. New records go to a fresh {name}.</source>
        <translation>No se pudo leer el archivo del historial {file}: {reason}. Se ha movido a {moved} en la misma carpeta; no se ha borrado nada. Los registros nuevos van a un {name} nuevo.</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>it is larger than {size}, far more than a month of history, so it is not read</source>
        <translation>ocupa más de {size}, mucho más que un mes de historial, así que no se lee</translation>
    </message>
    <message>
        <source>can&apos;t be read: {reason}</source>
        <translation>no se puede leer: {reason}</translation>
    </message>
    <message>
        <source>can&apos;t be used as history: {reason}</source>
        <translation>no se puede usar como historial: {reason}</translation>
    </message>
    <message>
        <source>too large to be a rescue file; left as it is</source>
        <translation>demasiado grande para ser un archivo de rescate; se deja como está</translation>
    </message>
    <message>
        <source>can&apos;t be read ({reason}); left as it is</source>
        <translation>no se puede leer ({reason}); se deja como está</translation>
    </message>
    <message>
        <source>the settings in use are kept until it is fixed</source>
        <translation>se mantienen los ajustes en uso hasta que se corrija</translation>
    </message>
    <message>
        <source>{problem}; {outcome}</source>
        <translation>{problem}; {outcome}</translation>
    </message>
    <message>
        <source>none of its settings were used</source>
        <translation>no se ha usado ninguno de sus ajustes</translation>
    </message>
    <message>
        <source>larger than {size} MB, too big for a settings file</source>
        <translation>mayor de {size} MB, demasiado grande para un archivo de ajustes</translation>
    </message>
    <message>
        <source>keeping {value} until it is fixed</source>
        <translation>se mantiene {value} hasta que se corrija</translation>
    </message>
    <message>
        <source>{end} is not later than work_start ({start})</source>
        <translation>{end} no es posterior a work_start ({start})</translation>
    </message>
    <message>
        <source>{start} is not earlier than work_end ({end})</source>
        <translation>{start} no es anterior a work_end ({end})</translation>
    </message>
    <message>
        <source>working hours {start} to {end} are used</source>
        <translation>se usa el horario laboral de {start} a {end}</translation>
    </message>
    <message>
        <source>unknown setting, ignored; did you mean {key}?</source>
        <translation>ajuste desconocido, se ignora; ¿querías decir {key}?</translation>
    </message>
    <message>
        <source>unknown setting, ignored</source>
        <translation>ajuste desconocido, se ignora</translation>
    </message>
    <message>
        <source>{accepted} (default {default})</source>
        <translation>{accepted} (predeterminado {default})</translation>
    </message>
    <message>
        <source>using the administrator&apos;s default {value}</source>
        <translation>se usa el valor predeterminado del administrador, {value}</translation>
    </message>
    <message>
        <source>not valid TOML ({detail})</source>
        <translation>no es TOML válido ({detail})</translation>
    </message>
    <message>
        <source>not valid TOML ({detail}, line {line}, column {column})</source>
        <translation>no es TOML válido ({detail}, línea {line}, columna {column})</translation>
    </message>
    <message>
        <source>not UTF-8 text (bad byte at offset {offset})</source>
        <translation>no es texto UTF-8 (byte incorrecto en la posición {offset})</translation>
    </message>
    <message>
        <source>not valid TOML (a number is too long)</source>
        <translation>no es TOML válido (un número es demasiado largo)</translation>
    </message>
    <message>
        <source>not valid TOML (nested too deeply)</source>
        <translation>no es TOML válido (anidado demasiado profundo)</translation>
    </message>
</context>
<context>
    <name>StuckSourceGuard</name>
    <message>
        <source>has read {value:g} s for {minutes} minutes</source>
        <translation>marca {value:g} s desde hace {minutes} minutos</translation>
    </message>
    <message>
        <source>has not gone past {limit:g} s in {minutes} minutes</source>
        <translation>no ha pasado de {limit:g} s en {minutes} minutos</translation>
    </message>
    <message>
        <source>Idle time from {source} {what}: it probably can&apos;t see your input on this desktop. Breaks are now detected only from screen lock and sleep; you can pick another idle source in Settings.</source>
        <translation>El tiempo de inactividad de {source} {what}: probablemente no ve lo que escribes ni el ratón en este escritorio. Ahora las pausas solo se detectan por el bloqueo de pantalla y la suspensión; puedes elegir otra fuente en Ajustes.</translation>
    </message>
</context>
</TS>
