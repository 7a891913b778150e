<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Learn something new in your city</source>
        <translation>Aprenda algo nuevo en su ciudad</translation>
    </message>
    <message>
        <source>Learn new things near you. Many are free.</source>
        <translation>Aprenda cosas nuevas cerca de usted. Muchas son gratis.</translation>
    </message>
    <message>
        <source>Courses, workshops and meet-ups near you. Many are free.</source>
        <translation>Cursos, talleres y encuentros cerca de usted. Muchos son gratis.</translation>
    </message>
    <message>
        <source>%1 offers to discover</source>
        <translation>%1 actividades por descubrir</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>Lectura fácil</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Toque para empezar</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Elija su idioma</translation>
    </message>
</context>
<context>
    <name>BasketScreen</name>
    <message>
        <source>My list</source>
        <translation>Mi lista</translation>
    </message>
    <message>
        <source>Nothing here yet. Open an offer and touch &quot;Add to my list&quot;.</source>
        <translation>Aquí todavía no hay nada. Abra una actividad y toque «Añadir a mi lista».</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Removing an offer from this list does not cancel your sign-up.</source>
        <translation>Quitar una actividad de esta lista no cancela su inscripción.</translation>
    </message>
    <message>
        <source>See the pathway for my goal</source>
        <translation>Ver el itinerario de mi objetivo</translation>
    </message>
    <message>
        <source>Record another learning goal</source>
        <translation>Anotar otro objetivo</translation>
    </message>
    <message>
        <source>Record my learning goal</source>
        <translation>Anotar mi objetivo</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Volver</translation>
    </message>
    <message>
        <source>Find more offers</source>
        <translation>Buscar más actividades</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <source>For beginners</source>
        <translation>Para principiantes</translation>
    </message>
    <message>
        <source>Some experience needed</source>
        <translation>Requiere algo de experiencia</translation>
    </message>
    <message>
        <source>For advanced learners</source>
        <translation>Nivel avanzado</translation>
    </message>
    <message>
        <source>For everyone</source>
        <translation>Para todos</translation>
    </message>
    <message>
        <source>as last known at %1</source>
        <translation>dato de las %1</translation>
    </message>
    <message>
        <source>as last known</source>
        <translation>último dato</translation>
    </message>
    <message>
        <source>Full (%1)</source>
        <translation>Completo (%1)</translation>
    </message>
    <message>
        <source>Places left: %1 (%2)</source>
        <translation>Plazas libres: %1 (%2)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>This offer is no longer available.</source>
        <translation>Esta actividad ya no está disponible.</translation>
    </message>
    <message>
        <source>This offer cannot be shown right now. Please ask a member of staff.</source>
        <translation>Ahora no se puede mostrar esta actividad. Por favor, pregunte al personal.</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Organiza: %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Taught in: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>The provider describes this offer in %1 only.</source>
        <translation>El organizador describe esta actividad solo en %1.</translation>
    </message>
    <message>
        <source>Bring: %1</source>
        <translation>Traiga: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>No dates yet. Ask the provider when it starts.</source>
        <translation>Todavía no hay fechas. Pregunte al organizador cuándo empieza.</translation>
    </message>
    <message>
        <source>No sign-up needed: just come along.</source>
        <translation>No hace falta inscribirse: venga sin más.</translation>
    </message>
    <message>
        <source>Touch a date to choose it.</source>
        <translation>Toque una fecha para elegirla.</translation>
    </message>
    <message>
        <source>…and %1 more dates.</source>
        <translation>…y %1 fechas más.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>How to get there: %1</source>
        <translation>Cómo llegar: %1</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>Horario: %1</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Acceso sin escalones</translation>
    </message>
    <message>
        <source>Not step-free</source>
        <translation>Con escalones</translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <translation>Bucle magnético</translation>
    </message>
    <message>
        <source>No hearing loop</source>
        <translation>Sin bucle magnético</translation>
    </message>
    <message>
        <source>Accessible toilet</source>
        <translation>Aseo accesible</translation>
    </message>
    <message>
        <source>No accessible toilet</source>
        <translation>Sin aseo accesible</translation>
    </message>
    <message>
        <source>Questions?</source>
        <translation>¿Preguntas?</translation>
    </message>
    <message>
        <source>This date is full. You can join its waiting list, or choose another date.</source>
        <translation>Esta fecha está completa. Puede apuntarse a la lista de espera o elegir otra fecha.</translation>
    </message>
    <message>
        <source>Choose the next date with places</source>
        <translation>Próxima fecha con plazas</translation>
    </message>
    <message>
        <source>Join the waiting list</source>
        <translation>A la lista de espera</translation>
    </message>
    <message>
        <source>Sign me up</source>
        <translation>Inscribirme</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Volver</translation>
    </message>
    <message>
        <source>On my list</source>
        <translation>En mi lista</translation>
    </message>
    <message>
        <source>Add to my list</source>
        <translation>Añadir a mi lista</translation>
    </message>
</context>
<context>
    <name>DiscoverScreen</name>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Computers &amp; internet</source>
        <translation>Ordenador e internet</translation>
    </message>
    <message>
        <source>Work &amp; jobs</source>
        <translation>Trabajo y empleo</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Family &amp; children</source>
        <translation>Familia e hijos</translation>
    </message>
    <message>
        <source>Culture &amp; art</source>
        <translation>Cultura y arte</translation>
    </message>
    <message>
        <source>Making &amp; repairing</source>
        <translation>Hacer y reparar</translation>
    </message>
    <message>
        <source>Neighbourhood &amp; volunteering</source>
        <translation>Barrio y voluntariado</translation>
    </message>
    <message>
        <source>Nature &amp; garden</source>
        <translation>Naturaleza y jardín</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Dinero</translation>
    </message>
    <message>
        <source>Reading &amp; writing</source>
        <translation>Leer y escribir</translation>
    </message>
    <message>
        <source>Loading offers…</source>
        <translation>Cargando actividades…</translation>
    </message>
    <message>
        <source>Offers found: %1</source>
        <translation>Actividades encontradas: %1</translation>
    </message>
    <message>
        <source>Find something to learn</source>
        <translation>Encuentre algo para aprender</translation>
    </message>
    <message>
        <source>Nothing found. Try other words.</source>
        <translation>No hay nada. Pruebe con otras palabras.</translation>
    </message>
    <message>
        <source>No offers found — try fewer filters or other words.</source>
        <translation>No hay resultados. Pruebe con menos filtros o con otras palabras.</translation>
    </message>
    <message>
        <source>The offers cannot be shown right now. Please ask a member of staff.</source>
        <translation>Ahora no se pueden mostrar las actividades. Por favor, pregunte al personal.</translation>
    </message>
    <message>
        <source>Search: a topic, a place, a word…</source>
        <translation>Buscar: un tema, un lugar, una palabra…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Free only</source>
        <translation>Solo gratis</translation>
    </message>
    <message>
        <source>Mornings</source>
        <translation>Por la mañana</translation>
    </message>
    <message>
        <source>Afternoons</source>
        <translation>Por la tarde</translation>
    </message>
    <message>
        <source>Evenings</source>
        <translation>Por la noche</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Acceso sin escalones</translation>
    </message>
    <message>
        <source>Taught in my language</source>
        <translation>En mi idioma</translation>
    </message>
    <message>
        <source>✕ Clear filters</source>
        <translation>✕ Quitar filtros</translation>
    </message>
</context>
<context>
    <name>GoalScreen</name>
    <message>
        <source>Find a job</source>
        <translation>Encontrar trabajo</translation>
    </message>
    <message>
        <source>Change my job</source>
        <translation>Cambiar de trabajo</translation>
    </message>
    <message>
        <source>Learn German</source>
        <translation>Aprender alemán</translation>
    </message>
    <message>
        <source>Learn another language</source>
        <translation>Aprender otro idioma</translation>
    </message>
    <message>
        <source>Computers &amp; phones</source>
        <translation>Ordenador y móvil</translation>
    </message>
    <message>
        <source>Help my children</source>
        <translation>Ayudar a mis hijos</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Culture &amp; creativity</source>
        <translation>Cultura y creatividad</translation>
    </message>
    <message>
        <source>Community &amp; volunteering</source>
        <translation>Comunidad y voluntariado</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <source>Mornings</source>
        <translation>Por la mañana</translation>
    </message>
    <message>
        <source>Afternoons</source>
        <translation>Por la tarde</translation>
    </message>
    <message>
        <source>Evenings</source>
        <translation>Por la noche</translation>
    </message>
    <message>
        <source>No steps (wheelchair, pram)</source>
        <translation>Sin escalones (silla de ruedas, carrito)</translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <translation>Bucle magnético</translation>
    </message>
    <message>
        <source>Accessible toilet</source>
        <translation>Aseo accesible</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Cuidado de niños</translation>
    </message>
    <message>
        <source>Sign language</source>
        <translation>Lengua de signos</translation>
    </message>
    <message>
        <source>Easy language</source>
        <translation>Lenguaje sencillo</translation>
    </message>
    <message>
        <source>More than 6 hours</source>
        <translation>Más de 6 horas</translation>
    </message>
    <message numerus="yes">
        <source>About %n h a week</source>
        <translation>
            <numerusform>Alrededor de %n h a la semana</numerusform>
            <numerusform>Alrededor de %n h a la semana</numerusform>
        </translation>
    </message>
    <message>
        <source>Any distance</source>
        <translation>Me da igual la distancia</translation>
    </message>
    <message>
        <source>Up to %1 km</source>
        <translation>Hasta %1 km</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>¿Qué le gustaría hacer?</translation>
    </message>
    <message>
        <source>In your own words (if you like)</source>
        <translation>Con sus propias palabras (si quiere)</translation>
    </message>
    <message>
        <source>How much time do you have each week?</source>
        <translation>¿Cuánto tiempo tiene cada semana?</translation>
    </message>
    <message>
        <source>Which days and times suit you?</source>
        <translation>¿Qué días y horas le vienen bien?</translation>
    </message>
    <message>
        <source>What may it cost?</source>
        <translation>¿Cuánto puede costar?</translation>
    </message>
    <message>
        <source>Which language do you learn best in?</source>
        <translation>¿En qué idioma aprende mejor?</translation>
    </message>
    <message>
        <source>How far will you go?</source>
        <translation>¿Hasta qué distancia puede ir?</translation>
    </message>
    <message>
        <source>Do you need any of these?</source>
        <translation>¿Necesita algo de esto?</translation>
    </message>
    <message>
        <source>Is this right?</source>
        <translation>¿Es correcto?</translation>
    </message>
    <message>
        <source>Your learning goal is saved</source>
        <translation>Su objetivo de aprendizaje está guardado</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Objetivo: %1</translation>
    </message>
    <message>
        <source>In your words: %1</source>
        <translation>Con sus palabras: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Tiempo: %1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Cuándo: %1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Coste: %1</translation>
    </message>
    <message>
        <source>a small fee is fine</source>
        <translation>puede costar un poco</translation>
    </message>
    <message>
        <source>free only</source>
        <translation>solo gratis</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>Distance: %1</source>
        <translation>Distancia: %1</translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation>Necesidades: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>For example: &quot;I want to write e-mails to my grandson.&quot; You can also skip this.</source>
        <translation>Por ejemplo: «Quiero escribir correos a mi nieto». También puede saltar este paso.</translation>
    </message>
    <message>
        <source>Type here…</source>
        <translation>Escriba aquí…</translation>
    </message>
    <message>
        <source>Free only</source>
        <translation>Solo gratis</translation>
    </message>
    <message>
        <source>A small fee is fine</source>
        <translation>Puede costar un poco</translation>
    </message>
    <message>
        <source>Your goal could not be saved. Nothing was lost: please try again, or ask a member of staff.</source>
        <translation>No se ha podido guardar su objetivo. No se ha perdido nada: inténtelo de nuevo o pregunte al personal.</translation>
    </message>
    <message>
        <source>Your claim code. Please note it down: with it, staff can find your goal.</source>
        <translation>Su código personal. Anótelo, por favor: con él, el personal puede encontrar su objetivo.</translation>
    </message>
    <message>
        <source>This kiosk sends your goal to the city&apos;s learning hub and then deletes your own words here. With the claim code, staff and mentors can find your goal.</source>
        <translation>Este quiosco envía su objetivo a la plataforma de aprendizaje de la ciudad y después borra aquí sus propias palabras. Con el código personal, el personal y los mentores pueden encontrar su objetivo.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Save my learning goal</source>
        <translation>Guardar mi objetivo</translation>
    </message>
    <message>
        <source>See my pathway</source>
        <translation>Ver mi itinerario</translation>
    </message>
    <message>
        <source>Find offers</source>
        <translation>Buscar actividades</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Volver</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>Seconds left: %1. Then this kiosk starts over and forgets what you entered.</source>
        <translation>Quedan %1 segundos. Después, el quiosco vuelve a empezar y olvida lo que ha escrito.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Necesito más tiempo</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation>Elija su idioma</translation>
    </message>
    <message>
        <source>Make it easier to read</source>
        <translation>Más fácil de leer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>CONNECT Learning Kiosk</source>
        <translation>CONNECT Quiosco de aprendizaje</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Start over</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>My learning goal</source>
        <translation>Mi objetivo</translation>
    </message>
    <message>
        <source>My list (%1)</source>
        <translation>Mi lista (%1)</translation>
    </message>
</context>
<context>
    <name>OfferTile</name>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>Mañana, %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>No dates yet</source>
        <translation>Sin fechas todavía</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
</context>
<context>
    <name>PathwayScreen</name>
    <message>
        <source>No sign-up needed — just come</source>
        <translation>No hace falta inscribirse: venga sin más</translation>
    </message>
    <message>
        <source>Signed up — waiting for the provider to confirm</source>
        <translation>Inscripción hecha: falta la confirmación del organizador</translation>
    </message>
    <message>
        <source>Signed up — your place is confirmed</source>
        <translation>Inscripción hecha: su plaza está confirmada</translation>
    </message>
    <message>
        <source>Signed up — on the waiting list</source>
        <translation>Inscripción hecha: en lista de espera</translation>
    </message>
    <message>
        <source>Sign-up not accepted — please ask a member of staff</source>
        <translation>Inscripción no aceptada: pregunte al personal</translation>
    </message>
    <message>
        <source>Not signed up yet</source>
        <translation>Todavía sin inscripción</translation>
    </message>
    <message>
        <source>%1 (and %2 more dates)</source>
        <translation>%1 (otras fechas: %2)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Your learning pathway</source>
        <translation>Su itinerario de aprendizaje</translation>
    </message>
    <message>
        <source>Planning your pathway from today&apos;s offers…</source>
        <translation>Preparando su itinerario con las actividades de hoy…</translation>
    </message>
    <message>
        <source>Your pathway could not be planned. Please try again, or ask a member of staff.</source>
        <translation>No se ha podido preparar su itinerario. Inténtelo de nuevo o pregunte al personal.</translation>
    </message>
    <message>
        <source>This is your plan. You can change each step.</source>
        <translation>Este es su plan. Puede cambiar cada paso.</translation>
    </message>
    <message>
        <source>Planned from today&apos;s offers for your learning goal. Swap, remove or sign up for any step.</source>
        <translation>Preparado con las actividades de hoy para su objetivo. Puede cambiar, quitar o inscribirse en cada paso.</translation>
    </message>
    <message>
        <source>Record your learning goal first: then the kiosk plans a pathway for it.</source>
        <translation>Anote primero su objetivo: después el quiosco le prepara un itinerario.</translation>
    </message>
    <message>
        <source>Offers that nearly fit:</source>
        <translation>Actividades que casi encajan:</translation>
    </message>
    <message>
        <source>Who can help: %1</source>
        <translation>Quién le ayuda: %1</translation>
    </message>
    <message>
        <source>the staff at the library&apos;s information desk</source>
        <translation>el personal del mostrador de información de la biblioteca</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Se ha quitado: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <source>You are signed up for this, so it stays on your pathway.</source>
        <translation>Está inscrito en esta actividad, por eso se queda en su itinerario.</translation>
    </message>
    <message>
        <source>That offer clashes with another step. Please choose another one.</source>
        <translation>Esa actividad coincide con otro paso. Por favor, elija otra.</translation>
    </message>
    <message>
        <source>Sign me up</source>
        <translation>Inscribirme</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Instead of this step:</source>
        <translation>En lugar de este paso:</translation>
    </message>
    <message>
        <source>No steps left. Find more offers, or record your learning goal again.</source>
        <translation>No quedan pasos. Busque más actividades o anote de nuevo su objetivo.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Done — please take your sheet</source>
        <translation>Listo: recoja su hoja</translation>
    </message>
    <message>
        <source>Printer problem</source>
        <translation>Problema con la impresora</translation>
    </message>
    <message>
        <source>Please take a photo of this code instead: it opens your pathway on the city&apos;s learning hub. Staff have been told about the printer.</source>
        <translation>Haga una foto de este código: abre su itinerario en la plataforma de aprendizaje de la ciudad. El personal ya sabe lo de la impresora.</translation>
    </message>
    <message>
        <source>Please ask a member of staff for help now.</source>
        <translation>Pida ayuda ahora al personal.</translation>
    </message>
    <message>
        <source>Your claim code:</source>
        <translation>Su código personal:</translation>
    </message>
    <message>
        <source>Print my pathway sheet again</source>
        <translation>Imprimir otra vez mi hoja</translation>
    </message>
    <message>
        <source>Print my pathway sheet</source>
        <translation>Imprimir mi itinerario</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Volver</translation>
    </message>
    <message>
        <source>Find more offers</source>
        <translation>Buscar más actividades</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Too many wrong PINs. Try again in %1 min %2 s.</source>
        <translation>Demasiados PIN erróneos. Inténtelo de nuevo en %1 min %2 s.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in 1 second.</source>
        <translation>Demasiados PIN erróneos. Inténtelo de nuevo en 1 segundo.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 seconds.</source>
        <translation>Demasiados PIN erróneos. Inténtelo de nuevo en %1 segundos.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <source>Digits typed: %1</source>
        <translation>Cifras escritas: %1</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Un momento…</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Comprobando el PIN…</translation>
    </message>
    <message>
        <source>Staff mode is not set up on this kiosk. An administrator sets a PIN on the kiosk&apos;s computer with the command: connect-kiosk set-staff-pin</source>
        <translation>El modo personal no está configurado en este quiosco. Un administrador pone un PIN en el ordenador del quiosco con el comando: connect-kiosk set-staff-pin</translation>
    </message>
    <message>
        <source>Wrong PIN. 1 more try, then the pad pauses.</source>
        <translation>PIN erróneo. Queda 1 intento; después el teclado se bloquea un rato.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 more tries, then the pad pauses.</source>
        <translation>PIN erróneo. Quedan %1 intentos; después el teclado se bloquea un rato.</translation>
    </message>
    <message>
        <source>Type the staff PIN. After a wrong one the pad pauses again, for longer.</source>
        <translation>Escriba el PIN del personal. Tras uno erróneo, el teclado se vuelve a bloquear, y más tiempo.</translation>
    </message>
    <message>
        <source>Type the staff PIN.</source>
        <translation>Escriba el PIN del personal.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Stop reading</source>
        <translation>Dejar de leer</translation>
    </message>
    <message>
        <source>No voice for this language</source>
        <translation>No hay voz para este idioma</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
</context>
<context>
    <name>ReadAloudPanel</name>
    <message>
        <source>No voice for this language</source>
        <translation>No hay voz para este idioma</translation>
    </message>
    <message>
        <source>Reading aloud is not available on this kiosk</source>
        <translation>Este quiosco no puede leer en voz alta</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Más bajo</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Más alto</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Más lento</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Más rápido</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Clear search</source>
        <translation>Borrar búsqueda</translation>
    </message>
</context>
<context>
    <name>SignUpScreen</name>
    <message>
        <source>Please type a name or a nickname.</source>
        <translation>Por favor, escriba un nombre o un apodo.</translation>
    </message>
    <message>
        <source>Please use at most 60 letters.</source>
        <translation>Use 60 letras como máximo.</translation>
    </message>
    <message>
        <source>A name needs at least one letter.</source>
        <translation>Un nombre necesita al menos una letra.</translation>
    </message>
    <message>
        <source>Please use only letters, numbers, spaces, - and &apos;.</source>
        <translation>Use solo letras, números, espacios, - y &apos;.</translation>
    </message>
    <message>
        <source>Please type your phone number.</source>
        <translation>Por favor, escriba su número de teléfono.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces and +.</source>
        <translation>Un número de teléfono solo tiene cifras, espacios y +.</translation>
    </message>
    <message>
        <source>This number is too short.</source>
        <translation>Este número es demasiado corto.</translation>
    </message>
    <message>
        <source>This number is too long.</source>
        <translation>Este número es demasiado largo.</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>Esto no parece un número de teléfono.</translation>
    </message>
    <message>
        <source>Please type your e-mail address.</source>
        <translation>Por favor, escriba su correo electrónico.</translation>
    </message>
    <message>
        <source>An e-mail address has an @ in it.</source>
        <translation>Un correo electrónico lleva una @.</translation>
    </message>
    <message>
        <source>Something is missing before the @.</source>
        <translation>Falta algo antes de la @.</translation>
    </message>
    <message>
        <source>Something is missing after the @, like web.de.</source>
        <translation>Falta algo después de la @, por ejemplo gmail.com.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>Esto no parece un correo electrónico.</translation>
    </message>
    <message>
        <source>Please check the end of the address, after the last dot.</source>
        <translation>Revise el final de la dirección, después del último punto.</translation>
    </message>
    <message>
        <source>Please choose how the provider can reach you.</source>
        <translation>Elija cómo puede contactarle el organizador.</translation>
    </message>
    <message>
        <source>Please choose phone, e-mail or no contact.</source>
        <translation>Elija teléfono, correo o sin contacto.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Sin contacto</translation>
    </message>
    <message>
        <source>Your place is confirmed.</source>
        <translation>Su plaza está confirmada.</translation>
    </message>
    <message>
        <source>You are on the waiting list.</source>
        <translation>Está en la lista de espera.</translation>
    </message>
    <message>
        <source>The provider could not accept this sign-up.</source>
        <translation>El organizador no ha podido aceptar esta inscripción.</translation>
    </message>
    <message>
        <source>This sign-up was cancelled.</source>
        <translation>Esta inscripción se ha cancelado.</translation>
    </message>
    <message>
        <source>Your place is provisional.</source>
        <translation>Su plaza es provisional.</translation>
    </message>
    <message>
        <source>Your place is not sure yet.</source>
        <translation>Su plaza todavía no está confirmada.</translation>
    </message>
    <message>
        <source>You gave no contact: print your pathway sheet — its claim code is your only link to this sign-up.</source>
        <translation>No ha dado ningún contacto: imprima la hoja de su itinerario. Su código personal es lo único que le une a esta inscripción.</translation>
    </message>
    <message>
        <source>The provider will call or text you if anything changes.</source>
        <translation>El organizador le llamará o le enviará un SMS si algo cambia.</translation>
    </message>
    <message>
        <source>The provider will e-mail you if anything changes.</source>
        <translation>El organizador le escribirá un correo si algo cambia.</translation>
    </message>
    <message>
        <source>Please come on the date shown. </source>
        <translation>Por favor, venga en la fecha indicada. </translation>
    </message>
    <message>
        <source>If a place becomes free, it goes to the first person on the list. </source>
        <translation>Si queda una plaza libre, es para la primera persona de la lista. </translation>
    </message>
    <message>
        <source>Please ask a member of staff or choose another offer.</source>
        <translation>Pregunte al personal o elija otra actividad.</translation>
    </message>
    <message>
        <source>The city&apos;s learning hub decides.</source>
        <translation>Decide la plataforma de aprendizaje de la ciudad.</translation>
    </message>
    <message>
        <source>The first to sign up get the places.</source>
        <translation>Quien se inscribe primero, consigue plaza primero.</translation>
    </message>
    <message>
        <source>This kiosk sends your sign-up as soon as it can.</source>
        <translation>Este quiosco envía su inscripción en cuanto puede.</translation>
    </message>
    <message>
        <source>The answer comes on this screen.</source>
        <translation>La respuesta aparece en esta pantalla.</translation>
    </message>
    <message>
        <source>The city&apos;s learning hub decides in the order sign-ups arrive; this kiosk sends yours as soon as it is online. This screen shows the answer when it comes. </source>
        <translation>La plataforma de aprendizaje de la ciudad decide por orden de llegada. Este quiosco envía su inscripción en cuanto tiene conexión. La respuesta aparecerá en esta pantalla. </translation>
    </message>
    <message>
        <source>We save your name: %1</source>
        <translation>Guardamos su nombre: %1</translation>
    </message>
    <message>
        <source>We save your phone number: %1</source>
        <translation>Guardamos su número de teléfono: %1</translation>
    </message>
    <message>
        <source>We save your e-mail address: %1</source>
        <translation>Guardamos su correo electrónico: %1</translation>
    </message>
    <message>
        <source>We send them to the city&apos;s learning hub.</source>
        <translation>Los enviamos a la plataforma de aprendizaje de la ciudad.</translation>
    </message>
    <message>
        <source>The hub gives them to %1, only for this offer.</source>
        <translation>La plataforma se los da a %1, solo para esta actividad.</translation>
    </message>
    <message>
        <source>We save nothing else about you. Nothing goes to advertisers.</source>
        <translation>No guardamos nada más sobre usted. No damos nada a empresas de publicidad.</translation>
    </message>
    <message>
        <source>You can cancel at any time. Ask the staff or the provider.</source>
        <translation>Puede cancelar cuando quiera. Pregunte al personal o al organizador.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <source>Before we save it</source>
        <translation>Antes de guardar</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Todavía no se ha guardado</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>This date is full: you join its waiting list.</source>
        <translation>Esta fecha está completa: entrará en la lista de espera.</translation>
    </message>
    <message>
        <source>Your name or a nickname</source>
        <translation>Su nombre o un apodo</translation>
    </message>
    <message>
        <source>For example: Ana</source>
        <translation>Por ejemplo: Ana</translation>
    </message>
    <message>
        <source>Fine.</source>
        <translation>Bien.</translation>
    </message>
    <message>
        <source>How can the provider reach you? Choose one.</source>
        <translation>¿Cómo puede contactarle el organizador? Elija una opción.</translation>
    </message>
    <message>
        <source>For example: ana@web.de</source>
        <translation>Por ejemplo: ana@gmail.com</translation>
    </message>
    <message>
        <source>A number from abroad: hold * to type +.</source>
        <translation>Número del extranjero: mantenga pulsado * para escribir +.</translation>
    </message>
    <message>
        <source>Fine. Without a contact, your printed claim code is the only link to this sign-up: nobody can tell you if the date changes.</source>
        <translation>Bien. Sin contacto, su código personal impreso es lo único que le une a esta inscripción: nadie podrá avisarle si cambia la fecha.</translation>
    </message>
    <message>
        <source>We keep only your name and one contact.</source>
        <translation>Solo guardamos su nombre y un contacto.</translation>
    </message>
    <message>
        <source>Your sheet shows no name and no contact.</source>
        <translation>En su hoja no aparece ningún nombre ni contacto.</translation>
    </message>
    <message>
        <source>About your data: we keep only this name and the one contact you choose. The city&apos;s learning hub passes them to this offer&apos;s provider, for this offer only.</source>
        <translation>Sobre sus datos: solo guardamos este nombre y el contacto que usted elija. La plataforma de aprendizaje de la ciudad se los pasa al organizador, solo para esta actividad.</translation>
    </message>
    <message>
        <source>Your printed sheet carries no name or contact.</source>
        <translation>En su hoja impresa no aparece ningún nombre ni contacto.</translation>
    </message>
    <message>
        <source>We will save your name &quot;%1&quot;%2 and this sign-up on this kiosk and send them to the city&apos;s learning hub, which passes them to %3 for this offer only.</source>
        <translation>Guardaremos su nombre «%1»%2 y esta inscripción en este quiosco y los enviaremos a la plataforma de aprendizaje de la ciudad, que se los pasará a %3 solo para esta actividad.</translation>
    </message>
    <message>
        <source> and your phone number %1</source>
        <translation> y su número de teléfono %1</translation>
    </message>
    <message>
        <source> and your e-mail address %1</source>
        <translation> y su correo electrónico %1</translation>
    </message>
    <message>
        <source>This kiosk deletes them %1 hours after the hub has them.</source>
        <translation>Este quiosco los borra %1 horas después de que la plataforma los reciba.</translation>
    </message>
    <message>
        <source>This kiosk deletes them as soon as the hub has them.</source>
        <translation>Este quiosco los borra en cuanto la plataforma los recibe.</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Por ejemplo: %1</translation>
    </message>
    <message>
        <source>Fine: %1 (%2)</source>
        <translation>Bien: %1 (%2)</translation>
    </message>
    <message>
        <source>Fine: %1</source>
        <translation>Bien: %1</translation>
    </message>
    <message>
        <source>The city&apos;s learning hub passes them to the provider, only for this offer.</source>
        <translation>La plataforma de aprendizaje de la ciudad se los da al organizador, solo para esta actividad.</translation>
    </message>
    <message>
        <source>Nothing else about you is saved, and nothing is shared for advertising.</source>
        <translation>No se guarda nada más sobre usted y no se comparte nada con fines publicitarios.</translation>
    </message>
    <message>
        <source>You can cancel at any time: ask a member of staff or the provider.</source>
        <translation>Puede cancelarla cuando quiera: pregunte al personal o al organizador.</translation>
    </message>
    <message>
        <source>Yes, I agree</source>
        <translation>Sí, estoy de acuerdo</translation>
    </message>
    <message>
        <source>What we stored</source>
        <translation>Lo que hemos guardado</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nombre: %1</translation>
    </message>
    <message>
        <source>Contact: none</source>
        <translation>Contacto: ninguno</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sign-up reference: %1</source>
        <translation>Número de inscripción: %1</translation>
    </message>
    <message>
        <source>For how long</source>
        <translation>Durante cuánto tiempo</translation>
    </message>
    <message>
        <source>On this kiosk: until the city&apos;s learning hub has it, and %1 hours more; then it is deleted here.</source>
        <translation>En este quiosco: hasta que lo recibe la plataforma de aprendizaje de la ciudad, y %1 horas más. Después se borra aquí.</translation>
    </message>
    <message>
        <source>On this kiosk: until the city&apos;s learning hub has it, then it is deleted here.</source>
        <translation>En este quiosco: hasta que lo recibe la plataforma de aprendizaje de la ciudad. Después se borra aquí.</translation>
    </message>
    <message>
        <source>The provider keeps it only for this offer.</source>
        <translation>El organizador lo usa solo para esta actividad.</translation>
    </message>
    <message>
        <source>Your sign-up could not be saved. Nothing was lost: please try again, or ask a member of staff.</source>
        <translation>No se ha podido guardar su inscripción. No se ha perdido nada: inténtelo de nuevo o pregunte al personal.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Sign me up</source>
        <translation>Inscribirme</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <source>Record my learning goal</source>
        <translation>Anotar mi objetivo</translation>
    </message>
    <message>
        <source>Back to my pathway</source>
        <translation>Volver a mi itinerario</translation>
    </message>
    <message>
        <source>Find more offers</source>
        <translation>Buscar más actividades</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Volver</translation>
    </message>
</context>
<context>
    <name>StaffBanner</name>
    <message>
        <source>Staff-assisted</source>
        <translation>Con ayuda del personal</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Menú del personal</translation>
    </message>
    <message>
        <source>Lock staff mode</source>
        <translation>Bloquear modo personal</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Sign-ups</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>Cancelaciones</translation>
    </message>
    <message>
        <source>Learning goals</source>
        <translation>Objetivos de aprendizaje</translation>
    </message>
    <message>
        <source>Other messages</source>
        <translation>Otros mensajes</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>menos de un minuto</translation>
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
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>No hub is set up: everything waits in the outbox (hub_url and hub_token in kiosk.toml).</source>
        <translation>No hay plataforma configurada: todo espera en la bandeja de salida (hub_url y hub_token en kiosk.toml).</translation>
    </message>
    <message>
        <source>The hub does not accept this kiosk&apos;s token. Issue a new one (connect-hub kiosk add) and put it in kiosk.toml.</source>
        <translation>La plataforma no acepta el token de este quiosco. Cree uno nuevo (connect-hub kiosk add) y póngalo en kiosk.toml.</translation>
    </message>
    <message>
        <source>Online: the last round reached the hub.</source>
        <translation>En línea: la última ronda llegó a la plataforma.</translation>
    </message>
    <message>
        <source>Offline: the hub could not be reached.</source>
        <translation>Sin conexión: no se pudo llegar a la plataforma.</translation>
    </message>
    <message>
        <source>Connecting to the hub…</source>
        <translation>Conectando con la plataforma…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>The last sheet came out.</source>
        <translation>La última hoja ha salido.</translation>
    </message>
    <message>
        <source>The printer has a problem.</source>
        <translation>La impresora tiene un problema.</translation>
    </message>
    <message>
        <source>Printing is not available.</source>
        <translation>No se puede imprimir.</translation>
    </message>
    <message>
        <source>Nothing printed since the last problem.</source>
        <translation>No se ha impreso nada desde el último problema.</translation>
    </message>
    <message>
        <source>No problems since the kiosk started.</source>
        <translation>Ningún problema desde que se inició el quiosco.</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Menú del personal</translation>
    </message>
    <message>
        <source>Development setting on: this kiosk does NOT check the hub&apos;s certificate (hub_insecure_skip_tls_verify_for_development_only in kiosk.toml). Anyone on the network could read or change what it sends. Remove the setting before the kiosk is used by the public.</source>
        <translation>Ajuste de desarrollo activo: este quiosco NO comprueba el certificado de la plataforma (hub_insecure_skip_tls_verify_for_development_only en kiosk.toml). Cualquiera en la red podría leer o cambiar lo que envía. Quite el ajuste antes de que el público use el quiosco.</translation>
    </message>
    <message>
        <source>Help a citizen sign up</source>
        <translation>Ayudar a inscribirse</translation>
    </message>
    <message>
        <source>Back to the citizen&apos;s screen</source>
        <translation>Volver a la pantalla pública</translation>
    </message>
    <message>
        <source>Sync with the hub</source>
        <translation>Sincronizar con la plataforma</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Plataforma: %1</translation>
    </message>
    <message>
        <source>Last complete sync: %1 (%2 ago)</source>
        <translation>Última sincronización completa: %1 (hace %2)</translation>
    </message>
    <message>
        <source>Not synced completely yet.</source>
        <translation>Todavía no se ha sincronizado del todo.</translation>
    </message>
    <message>
        <source>Next try: %1</source>
        <translation>Próximo intento: %1</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Último problema: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Outbox (what waits for the hub)</source>
        <translation>Bandeja de salida (lo que espera a la plataforma)</translation>
    </message>
    <message>
        <source>The outbox could not be read: the kiosk&apos;s store is not open.</source>
        <translation>No se pudo leer la bandeja de salida: la base de datos del quiosco no está abierta.</translation>
    </message>
    <message>
        <source>Reading the outbox…</source>
        <translation>Leyendo la bandeja de salida…</translation>
    </message>
    <message>
        <source>Nothing waits for the hub (%1 sent so far).</source>
        <translation>No hay nada esperando (%1 enviados hasta ahora).</translation>
    </message>
    <message>
        <source>%1 waiting, %2 sent.</source>
        <translation>%1 en espera, %2 enviados.</translation>
    </message>
    <message>
        <source>%1: %2 waiting, the oldest for %3</source>
        <translation>%1: %2 en espera, el más antiguo desde hace %3</translation>
    </message>
    <message>
        <source>Recent sync errors:</source>
        <translation>Errores recientes de sincronización:</translation>
    </message>
    <message>
        <source>%1, made %2 ago, tried once: %3</source>
        <translation>%1, creado hace %2, 1 intento: %3</translation>
    </message>
    <message>
        <source>%1, made %2 ago, tried %3 times: %4</source>
        <translation>%1, creado hace %2, %3 intentos: %4</translation>
    </message>
    <message>
        <source>Read the outbox again</source>
        <translation>Volver a leer la bandeja</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <source>Sheets are filed in a folder, not printed (print_backend = &quot;folder&quot;).</source>
        <translation>Las hojas se guardan en una carpeta, no se imprimen (print_backend = &quot;folder&quot;).</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Impresora: %1</translation>
    </message>
    <message>
        <source>the system&apos;s default printer</source>
        <translation>la impresora predeterminada del sistema</translation>
    </message>
    <message>
        <source>Last print: %1</source>
        <translation>Última impresión: %1</translation>
    </message>
    <message>
        <source>Recent printer problems:</source>
        <translation>Problemas recientes de la impresora:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Imprimir página de prueba</translation>
    </message>
    <message>
        <source>Reprint the last sheet</source>
        <translation>Reimprimir la última hoja</translation>
    </message>
    <message>
        <source>The last sheet can be printed again only for a few minutes after it was printed.</source>
        <translation>La última hoja solo se puede reimprimir durante unos minutos después de imprimirla.</translation>
    </message>
    <message>
        <source>This kiosk</source>
        <translation>Este quiosco</translation>
    </message>
    <message>
        <source>Venue: %1</source>
        <translation>Lugar: %1</translation>
    </message>
    <message>
        <source>Venue: not set (venue_name in kiosk.toml)</source>
        <translation>Lugar: sin configurar (venue_name en kiosk.toml)</translation>
    </message>
    <message>
        <source>Default language: %1</source>
        <translation>Idioma predeterminado: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved in kiosk.toml: the kiosk starts in this language from now on, also after a restart.</source>
        <translation>Guardado en kiosk.toml: a partir de ahora el quiosco se inicia en este idioma, también tras reiniciarse.</translation>
    </message>
    <message>
        <source>Could not be saved in kiosk.toml: the change lasts only until the kiosk restarts.</source>
        <translation>No se pudo guardar en kiosk.toml: el cambio dura solo hasta que el quiosco se reinicie.</translation>
    </message>
    <message>
        <source>Choose the language the kiosk starts in:</source>
        <translation>Elija el idioma con el que se inicia el quiosco:</translation>
    </message>
    <message>
        <source>App version: %1</source>
        <translation>Versión: %1</translation>
    </message>
    <message>
        <source>Staff mode locks itself after %1 seconds without a touch.</source>
        <translation>El modo personal se bloquea tras %1 segundos sin tocar la pantalla.</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <source>The kiosk closes and the desktop shows. Citizens cannot use it until it is started again.</source>
        <translation>El quiosco se cierra y aparece el escritorio. Nadie podrá usarlo hasta que se vuelva a iniciar.</translation>
    </message>
    <message>
        <source>Close the kiosk program and show the desktop.</source>
        <translation>Cerrar el programa del quiosco y mostrar el escritorio.</translation>
    </message>
    <message>
        <source>Yes, exit to the desktop</source>
        <translation>Sí, salir al escritorio</translation>
    </message>
    <message>
        <source>Exit to the desktop</source>
        <translation>Salir al escritorio</translation>
    </message>
    <message>
        <source>Close the staff menu</source>
        <translation>Cerrar el menú del personal</translation>
    </message>
    <message>
        <source>Lock staff mode</source>
        <translation>Bloquear modo personal</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline — your sign-ups are saved and will be sent</source>
        <translation>Sin conexión: sus inscripciones están guardadas y se enviarán</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>%1 to send</source>
        <translation>Por enviar: %1</translation>
    </message>
</context>
</TS>
