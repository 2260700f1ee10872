//! Las palabras propias de fitcheck en español: etiquetas, títulos, mensajes
//! y las plantillas de frases que unen el contenido de `questions/` en
//! explicaciones. Mismos nombres, mismo orden y mismos `{marcadores}` que
//! `strings.rs` (lo comprueba `tests/strings_es.rs`). El contenido
//! (preguntas, puestos, necesidades, preguntas para hacer) vive en
//! `questions/`. Quien llama rellena los marcadores entre llaves.
//!
//! Español neutro de América Latina, de "usted", en frases cortas. Los
//! términos fijos (niveles, veredictos, formación) son los del glosario de
//! la issue 16. Al final del archivo, después de las constantes que
//! comparten los dos idiomas, vienen las que solo tiene el español: plurales
//! que el inglés no separa, las palabras del modo simple y la ayuda de la
//! línea de comandos.
//!
//! Aún no está conectado: reemplazará a `strings` cuando exista la tabla
//! por idioma.

// Explicaciones que arma la puntuación.
/// Antes de una palabra que empieza con "i" o "hi", use [`AND_BEFORE_I`].
pub const AND: &str = "y";
/// Cómo un elemento de una lista muestra que lleva una "y" adentro.
pub const AND_INSIDE: &str = " y ";
pub const PROVIDER_N: &str = "Profesional {n}";
/// Un profesional sin nombre, por su título: "su LCSW". "Su" evita el
/// género y la contracción "de el".
pub const PROVIDER_TITLE: &str = "su {title}";
/// Dos profesionales sin nombre con un mismo título: "LCSW (profesional 2)".
pub const PROVIDER_TITLE_N: &str = "{title} (profesional {n})";
pub const NO_TITLE: &str = "Aún no sabemos el título de esta persona. Por eso no podemos decir si tiene formación en {capability}.";
pub const ALL_CANDIDATES_TRAINED: &str =
    "Todos los títulos posibles ({roles}) incluyen formación en {capability}.";
pub const ALL_CANDIDATES_VARY: &str =
    "En todos los títulos posibles ({roles}), la formación en {capability} depende de la persona.";
pub const NO_CANDIDATE_TRAINED: &str =
    "Ninguno de los títulos posibles ({roles}) incluye formación en {capability}.";
pub const SOME_CANDIDATES_TRAINED: &str = "Depende del título exacto. De los títulos posibles, estos tienen formación en {capability}: {trained}.";
pub const SOME_CANDIDATES_MAY: &str = "Depende del título exacto y de la persona. De los títulos posibles, estos pueden tener formación en {capability}: {varies}.";
pub const UNMET_NO_TEAM: &str =
    "Aún no agregó a ningún profesional. Por eso nadie se ocupa de {need}.";
pub const UNMET_MAYBE: &str =
    "Nadie de quien nos habló tiene formación clara en {need}. Depende de cada persona: pregunte.";
pub const UNMET_ONLY_ONE: &str =
    "La formación de {provider} no cubre {need}, y usted no nos habló de nadie más.";
pub const UNMET_NOBODY: &str = "Nadie de quien nos habló tiene formación en {need}.";
pub const WATCH_NOTE: &str = "Por ahora no hace falta actuar ante {need}. Si eso cambia, ¿quién se haría cargo? Nadie de quien nos habló tiene formación clara en eso.";
pub const SUPERVISED_TITLE: &str = "{role} en práctica supervisada, aún sin licencia completa";
pub const THIS_ROLE: &str = "este puesto";
/// El motivo de una necesidad que pide varios tipos de formación, con el
/// que la decide primero.
pub const LINE_DECIDED_BY: &str = "{capability}: {reason}";
/// Antes del motivo de una necesidad que solo hay que vigilar, en cada tabla.
pub const LINE_WATCH: &str = "Solo hay que estar pendiente. Por eso no cuenta en el ajuste.";
/// Antes del motivo cuando las respuestas de seguridad fijan el nivel.
pub const LINE_FROM_SAFETY: &str =
    "Este nivel viene de sus respuestas a las preguntas de seguridad.";
/// Tras el nombre de la necesidad cuando las respuestas de seguridad fijan su nivel.
pub const NEED_FROM_SAFETY: &str = "(según sus respuestas de seguridad)";
pub const LINE_OTHER_SPECIALTY: &str = "{capability} es otra especialidad. No es parte de la formación de {role}, y eso no es una falla. Otra persona del equipo debe ocuparse.";

// Por qué un veredicto es el que es. {role} es el nombre corto del puesto, {provider} la persona.
pub const VT_COVERS: &str =
    "De lo que necesita acción ahora, la formación de {role} cubre {needs}.";
pub const VT_ASK: &str = "En {needs}, depende de la persona: pregúntele.";
pub const VT_NOT_COVERS: &str = "No cubre {needs}.";
pub const VT_COVERS_NONE: &str =
    "La formación de {role} no cubre {needs}, y eso necesita acción ahora.";
pub const VT_TITLE_MISSING: &str =
    "Aún no tenemos el título de {provider}. Por eso no podemos decir qué cubre su puesto.";
pub const VT_TITLE_NOT_KNOWN_YET: &str = "Usted aún no sabe el título de {provider}. Por eso no podemos decir qué cubre su puesto. Pregunte su título exacto y si tiene licencia.";
pub const VT_TITLE_NO_MATCH: &str = "No conocemos el título \u{201c}{title}\u{201d}. Por eso no podemos decir qué cubre el puesto de {provider}. Pregunte su título exacto.";
pub const VT_TITLE_UNCLEAR: &str = "El título \u{201c}{title}\u{201d} puede ser {roles}. Su formación es distinta, así que aún no se sabe. Pregunte por su licencia y su título de estudios.";
pub const VT_OTHER_SPECIALTY: &str = "Lo que necesita acción ahora ({needs}) es otra especialidad. La formación de {role} no la incluye, y no es una falla de {provider}.";
pub const CAP_URGENT: &str = "No puede encajar bien mientras usted califique {need} como urgente y la formación de {role} no lo cubra.";
pub const CAP_EXPECTATION: &str = "Usted espera \u{201c}{expectation}\u{201d} de {provider}, y la formación de {role} no lo incluye. Hay que hablarlo.";
pub const CAP_SAFETY: &str = "Mientras haga falta actuar ante {need}, nadie de quien nos habló tiene formación para medir el riesgo y hacer un plan de seguridad. Nadie puede encajar bien hasta que alguien la tenga.";

// Por qué se eligió una pregunta para hacer.
pub const REASON_GAP: &str = "Usted marcó {need} como \u{201c}{level}\u{201d}, y el puesto de {provider} no incluye formación en {capability}.";
pub const REASON_UNSURE: &str = "Usted marcó {need} como \u{201c}{level}\u{201d}. Si {provider} tiene formación en {capability} depende de la persona.";
pub const REASON_MISMATCH: &str =
    "Usted espera \u{201c}{expectation}\u{201d} de {provider}, y su puesto puede no darlo.";
pub const REASON_UNLICENSED: &str = "{provider} es {role}. Este puesto no tiene licencia para trabajar por su cuenta, así que otra persona supervisa su trabajo.";
pub const REASON_SUPERVISED: &str = "El título de {provider} dice que aún no tiene la licencia completa. Trabaja bajo la supervisión de alguien con licencia, que responde por la atención.";
pub const REASON_PEER: &str = "{provider} es {role}. Quien da apoyo de pares aporta su propia experiencia de vida. Tiene un certificado, no una licencia, y tiene quien le supervise.";
pub const REASON_COVERED_BY_OTHER: &str = "{provider} no tiene formación en {need}, pero otra persona del equipo sí. El equipo debe trabajarlo en conjunto.";
pub const REASON_ASSESS: &str =
    "Usted marcó {need} como \u{201c}{level}\u{201d}, y nadie de quien nos habló puede evaluarlo.";
pub const REASON_UNKNOWN: &str = "No pudimos saber el puesto de {provider} por su título.";
pub const REASON_ANSWERED: &str =
    "A \u{201c}{question}\u{201d} usted respondió \u{201c}{option}\u{201d}.";
pub const REASON_ANSWER: &str = "Una de sus respuestas sobre cómo van las cosas apunta a esto.";
pub const REASON_ALWAYS: &str = "Es bueno preguntarlo a cualquier profesional.";

// El resumen impreso (texto y Markdown).
pub const SUMMARY_TITLE: &str = "Resumen de fitcheck";
pub const PRINTED_ON: &str = "Impreso el {date}.";
pub const UNFINISHED: &str =
    "Aún faltan preguntas por responder. Por eso este resumen no está completo.";
pub const NEEDS_HEADING: &str = "Las necesidades que usted calificó";
pub const NO_NEEDS: &str =
    "No calificó ninguna necesidad por encima de \u{201c}no es un problema\u{201d}.";
pub const PROVIDER_HEADING: &str = "{label}: {role}";
pub const TITLE_TYPED: &str = "El título que usted dio: {title}";
pub const CANDIDATES: &str = "El título puede ser: {roles}.";
pub const FIT_LINE: &str = "Ajuste: {fit} de 100. {verdict}.";
pub const FIT_UNKNOWN: &str = "Ajuste: {verdict}.";
pub const COL_NEED: &str = "Necesidad";
pub const COL_URGENCY: &str = "Qué tan urgente";
pub const COL_COVERAGE: &str = "Formación";
pub const SOURCE: &str = "Fuente: {source}";
pub const MISMATCH_HEADING: &str = "Lo que usted espera y este puesto puede no dar";
pub const UNMET_HEADING: &str = "Lo que nadie de quien nos habló cubre";
pub const WATCH_HEADING: &str = "Para estar pendiente";
pub const MORE_ASKS_HEADING: &str = "Más preguntas, si hay tiempo";
/// `fitcheck roles "LPC Associate"`, antes de la entrada de la profesión.
pub const SUPERVISED_GLOSSARY: &str = "Este título quiere decir que la persona terminó la formación de abajo, pero aún no tiene la licencia completa. Trabaja bajo la supervisión de alguien con licencia, que responde por la atención. Pregunte quién es. Lo que sigue describe el puesto con licencia completa.";
pub const SUPERVISED_SHORT: &str = "trabaja bajo la supervisión de alguien con licencia";
pub const SUPERVISED_LINE: &str = "Su título dice que aún no tiene la licencia completa. Trabaja bajo la supervisión de alguien con licencia, que responde por la atención.";
pub const STRENGTHS_HERE: &str = "Lo que su formación cubre para su hijo o hija: {needs}.";
pub const STRENGTHS_ROLE: &str = "Lo que hace bien quien es {role}: {things}.";
pub const NO_PROVIDERS: &str = "Aún no agregó a ningún profesional.";
pub const ASKS_HEADING: &str = "Lleve esto a la próxima reunión";
pub const ASK_FOR: &str = "Para {providers}.";
pub const WHY: &str = "Por qué: ";
pub const ABOUT_HEADING: &str = "Sobre este resumen";
/// Se dice cuando el contenido pasó su fecha de revisión.
pub const REVIEW_OVERDUE: &str = "Los datos de fitcheck debían revisarse otra vez antes del {review_by}. Puede que algunos ya no estén al día.";
pub const BANK_LINE: &str =
    "Versión de las preguntas: {version}. Datos revisados por última vez: {checked}.";

// La página para imprimir (src/html.rs), con PRINTED_ON, UNMET_HEADING y SOURCE de arriba.
pub const HTML_LANG: &str = "es";
pub const HTML_TITLE: &str = "Resumen de fitcheck {date}";
pub const HTML_HEADING: &str = "¿Este profesional encaja con lo que necesita mi hijo o hija?";
pub const HTML_UNFINISHED: &str = "Aún faltan preguntas por responder.";
pub const HTML_CRISIS: &str = "Si su hijo o hija está en peligro ahora";
pub const HTML_FITS: &str = "Cómo encaja cada profesional";
pub const HTML_FIT_OF: &str = ", {fit} de 100";
pub const HTML_ALL_COVERED: &str = "Alguien cubre cada necesidad que usted calificó.";
pub const HTML_BRING: &str = "Lleve estas preguntas";
pub const HTML_MORE: &str = "Más preguntas";
pub const HTML_WHY: &str = "Por qué: necesidad por necesidad";
pub const HTML_BANK: &str = "Preguntas versión {version}, revisadas el {checked}.";

// El asistente (src/tui): su marco. Las teclas se escriben como se presionan.
pub const APP_NAME: &str = "fitcheck";
pub const MARKER: &str = "›";
pub const TICKED: &str = "[x]";
pub const UNTICKED: &str = "[ ]";
pub const SAVED: &str = "Guardado";
pub const SAVING: &str = "Guardando";
pub const NOT_SAVED: &str = "Sin guardar";
pub const SECTION_PROGRESS: &str = "{section} · {n} de {m}";
/// El número de preguntas de una sección, que aún puede cambiar con las próximas respuestas.
pub const ABOUT_N: &str = "unas {n}";
pub const PROVIDER_PROGRESS: &str = "{section} · {provider} · {n} de {m}";
pub const RESULTS: &str = "Resultados";
pub const HEADER: &str = "{app} · {place}";
pub const MORE_BELOW: &str = "hay más abajo ↓";
/// Bajo las líneas de crisis, cuando una ventana chica no las muestra todas.
pub const CRISIS_MORE: &str = "Más ayuda abajo: presione ↓ para verla.";
pub const MORE_ROWS: &str = "⋮ hay más: ↑↓ para verlas";
pub const WELCOME_HEADER: &str = "Bienvenida";

pub const WELCOME_WHAT: &str = "fitcheck le pregunta qué necesita su hijo o hija y qué título tiene la persona que le ayuda. Luego le muestra si ese puesto encaja y qué preguntar en la próxima reunión. Toma unos diez minutos.";
pub const WELCOME_SAVED_HERE: &str =
    "Sus respuestas se guardan a medida que avanza, y quedan en esta computadora.";
pub const WELCOME_BULLET: &str = "• ";
pub const WELCOME_RESUME: &str =
    "Seguir donde se quedó ({answered} de {applicable} respondidas, {date})";
pub const WELCOME_RESUME_LABEL: &str =
    "Seguir con \u{201c}{label}\u{201d} ({answered} de {applicable} respondidas, {date})";
pub const WELCOME_NEW: &str = "Empezar una entrevista nueva";
pub const WELCOME_PLAIN: &str =
    "¿Usa un lector de pantalla? Escriba fitcheck --plain --remember para ir línea por línea.";
/// Para quien lee el otro idioma, en ese idioma.
pub const WELCOME_OTHER_LANG: &str = "In English: press the l key";
pub const WELCOME_BACK: &str =
    "Qué bueno verle de nuevo. Esta entrevista del {date} está terminada.";
pub const WELCOME_CHECKIN: &str =
    "Hacer una revisión: calificar otra vez las necesidades y el progreso";
pub const WELCOME_VIEW: &str = "Ver los resultados y las preguntas para hacer";
pub const WELCOME_CHECKIN_GO_ON: &str = "Seguir con la revisión que empezó el {date}";
pub const RESULTS_BEFORE_CHECKIN: &str = "Hay una revisión en curso. Estos son sus resultados de antes de la revisión. Para seguir con ella, elíjala en la primera pantalla.";

pub const SKIP: &str = "Saltar esta pregunta";
pub const TITLE_FIELD: &str = "Título de la persona";
pub const TEXT_FIELD: &str = "Su respuesta";
pub const TITLE_UNKNOWN: &str = "No sé su título";
pub const TITLE_ONE_ROLE: &str = "{name} · {role}";
pub const TITLE_MANY_ROLES: &str = "{name} · puede ser {roles}";
pub const TITLE_NO_MATCH: &str = "Ningún título coincide con \u{201c}{typed}\u{201d}. Elija uno de la lista, o presione Enter otra vez para conservar lo que escribió.";
pub const TYPED_NOT_KEPT: &str = "Usted escribió \u{201c}{typed}\u{201d}. Para conservarlo, presione Tab y luego Enter. Para no usarlo, presione Enter otra vez.";
pub const MULTI_NONE: &str = "No hay nada marcado. Presione Espacio para marcar lo que corresponda y luego Enter. Para no marcar nada, presione Enter otra vez.";
pub const ANSWER_SKIPPED: &str = "Saltada";
pub const ANSWER_NONE: &str = "Ninguna";
pub const ANSWER_AT: &str = "{section} · {prompt}";
pub const ANSWER_AT_PROVIDER: &str = "{section} · {provider} · {prompt}";

pub const CRISIS_INTRO: &str =
    "Usted dijo que alguien puede estar en peligro. Por favor, pida ayuda ahora:";
/// La pantalla de crisis cuando la preocupación es reciente y no un peligro de este momento.
pub const CRISIS_INTRO_RECENT: &str = "Usted nos dijo que ha habido daño o peligro, en las últimas semanas o antes, o que le preocupa. No tiene que esperar a que todo empeore. Puede hablar con alguien hoy:";
pub const CRISIS_AFTER: &str =
    "Sus respuestas están guardadas. fitcheck le espera cuando quiera seguir.";
pub const CRISIS_CONTINUE: &str = "Cuando quiera seguir, presione c.";
/// La tecla que cierra la pantalla de crisis; [`CRISIS_CONTINUE`] la nombra.
/// La misma en los dos idiomas: "c" de "continuar".
pub const CRISIS_KEY: char = 'c';
pub const CRISIS_REMIND: &str = "Para seguir, presione c. Para parar aquí, presione q.";

pub const TAB_RESULTS: &str = "Resultados";
pub const TAB_ASKS: &str = "Preguntas para hacer";
pub const TAB_ANSWERS: &str = "Sus respuestas";
pub const FIT_OF: &str = "{fit} de 100";
pub const FIT_NONE: &str = "aún no se sabe";
pub const FIT_LABEL: &str = "Ajuste ";
pub const ASKS_INTRO: &str = "Haga estas preguntas en la próxima reunión, la más importante primero. Espacio marca una como hecha. Enter anota lo que le dijeron. Con p las imprime todas.";
pub const ASKS_NONE: &str = "Sus respuestas no dieron ninguna pregunta para hacer.";
pub const ASK_WHY: &str = "Por qué importa: ";
pub const ASK_REASON: &str = "Por qué en su caso: ";
pub const ANSWERS_INTRO: &str =
    "Elija una respuesta y presione Enter para cambiarla. Los resultados se actualizan.";
pub const PRINTED_TO: &str = "Guardamos una página para imprimir: {path} (la versión en texto está al lado). Presione la tecla «o» para abrirla.";
pub const PRINT_FAILED: &str = "No se pudo guardar la página para imprimir: {error}";
pub const OPENING: &str = "Abriendo {path} con {program}. Si no aparece nada, ábrala desde su carpeta Documentos en un navegador web.";
pub const NO_OPENER: &str = "Esta computadora no tiene un programa que abra archivos en pantalla. Abra {path} en un navegador web y luego imprímala.";
pub const OPEN_FAILED: &str =
    "No se pudo abrir ({error}). Abra {path} en un navegador web y luego imprímala.";
pub const OPEN_NOTHING: &str = "Primero presione la tecla «p» para guardar una página para imprimir. Después, la tecla «o» la abre.";
pub const CHANGED: &str = "Su respuesta cambió y los resultados están al día.";
pub const SAVE_RETRIED: &str = "Guardado.";

pub const TOO_SMALL: &str = "Por favor, agrande la ventana.";
pub const TOO_SMALL_SIZE: &str = "Esta ventana tiene {w} columnas de ancho y {h} filas de alto. fitcheck necesita por lo menos {mw} columnas y {mh} filas.";
pub const TOO_SMALL_QUIT: &str = "Para salir, presione q. Todo lo que respondió está guardado.";

pub const HELP_TITLE: &str = "Teclas";
pub const HELP_CLOSE: &str = "Presione ? o Esc para cerrar.";
pub const HELP: [(&str, &str); 21] = [
    ("↑ ↓  j k", "Subir y bajar; desplazarse"),
    (
        "Enter",
        "Elegir, o terminar de escribir; en una pregunta para hacer, anotar lo que le dijeron",
    ),
    (
        "Espacio",
        "Marcar o desmarcar (cuando se puede elegir más de una); marcar una pregunta como hecha",
    ),
    (
        "1-9",
        "Resaltar una opción por su número; Enter la elige. Donde se puede elegir más de una, el número la marca o desmarca",
    ),
    (
        "0-3",
        "En una necesidad: resaltar ese nivel (0 no es un problema, 3 urgente); Enter lo elige",
    ),
    (
        "b  Backspace",
        "Volver a la pregunta anterior (no mientras escribe)",
    ),
    (
        "Tab",
        "Pasar del cuadro de texto a la lista, o de una página de resultados a otra",
    ),
    ("g", "Qué quiere decir un título"),
    ("Ctrl-G", "Mientras escribe un título: qué quiere decir"),
    (
        "p",
        "Guardar una página para imprimir en su carpeta Documentos (le dice dónde)",
    ),
    ("o", "Abrir la página recién guardada, para imprimirla"),
    (
        "r",
        "Volver a los resultados (después de cambiar una respuesta)",
    ),
    (
        "n",
        "En los resultados: ponerle un nombre a esta sesión, para volver a ella por su nombre",
    ),
    ("s", "Intentar guardar otra vez (si no se pudo guardar)"),
    (
        "l",
        "English / Español: toda la pantalla en el otro idioma (no mientras escribe)",
    ),
    ("PgUp PgDn", "Subir o bajar una página"),
    (
        "?  F1",
        "Mostrar u ocultar esta lista (F1 mientras escribe)",
    ),
    ("q  Esc", "Salir. Sus respuestas ya están guardadas"),
    ("Esc", "Mientras escribe: salir del cuadro de texto"),
    (
        "Ctrl-C",
        "Salir en el acto (sus respuestas están guardadas)",
    ),
    (
        "Ctrl-Z",
        "Dejar fitcheck a un lado (guardado); fg lo trae de vuelta",
    ),
];
pub const GLOSSARY_TITLE: &str = "Qué quiere decir \u{201c}{title}\u{201d}";
pub const GLOSSARY_ALL: &str = "Títulos";
pub const POPUP_CLOSE: &str = "Esc para cerrar · ↑↓ para moverse";
pub const REPLY_TITLE: &str = "¿Qué le dijeron?";
pub const REPLY_TEXT: &str = "Anote lo que le respondieron, con sus propias palabras, para tenerlo en la próxima reunión. Enter lo guarda y marca la pregunta como hecha. Puede dejarlo vacío.";
pub const REPLY_FIELD: &str = "Lo que le dijeron";
pub const CHECKIN_NOTE_TITLE: &str = "Desde su última visita";
pub const CHECKIN_NOTE_PROMPT: &str =
    "¿Quiere recordar algo de la última reunión o de estas semanas?";
pub const CHECKIN_NOTE_TEXT: &str = "Lo que se probó, lo que se dijo, lo que cambió. Se guarda con esta revisión y sale en el resumen. Enter la guarda. Puede dejarla vacía.";
pub const CHECKIN_NOTE_FIELD: &str = "Su nota";
pub const LABEL_TITLE: &str = "Un nombre para esta sesión";
pub const LABEL_PROMPT: &str =
    "¿Cómo quiere llamarla? Basta con el primer nombre de su hijo o hija.";
pub const LABEL_TEXT: &str = "Con un nombre puede volver a ella por su nombre, por ejemplo: fitcheck resume Dana. Queda en esta computadora. Enter lo guarda. Puede dejarlo vacío y ponerle uno luego con n en los resultados.";
pub const LABEL_FIELD: &str = "Nombre";
pub const LABEL_SAVED: &str = "Esta sesión ahora se llama \u{201c}{label}\u{201d}. Para volver a ella: fitcheck resume {shell}";
pub const UNSAVED_TITLE: &str = "Sus respuestas no están guardadas";
pub const UNSAVED_TEXT: &str = "Presione p para guardar una página para imprimir en su carpeta Documentos, s para intentar guardar otra vez, Esc para volver, o q para salir sin guardar.";

// La barra de teclas: (tecla, qué hace). Las teclas son las mismas que en
// inglés. Las palabras son cortas: la barra deja fuera lo que no cabe.
pub const KEY_SEP: &str = " · ";
pub const KEY_MOVE: (&str, &str) = ("↑↓", "mover");
pub const KEY_SCROLL: (&str, &str) = ("↑↓", "ver más");
pub const KEY_CHOOSE: (&str, &str) = ("Enter", "elegir");
pub const KEY_DONE: (&str, &str) = ("Enter", "listo");
pub const KEY_OPEN: (&str, &str) = ("Enter", "cambiar");
pub const KEY_TICK: (&str, &str) = ("Espacio", "marcar");
pub const KEY_MARK: (&str, &str) = ("Espacio", "ya la hice");
pub const KEY_BACK: (&str, &str) = ("b", "atrás");
pub const KEY_LIST: (&str, &str) = ("Tab", "lista");
pub const KEY_TYPE: (&str, &str) = ("Tab", "escribir");
pub const KEY_PAGES: (&str, &str) = ("Tab", "páginas");
pub const KEY_LEAVE_FIELD: (&str, &str) = ("Esc", "dejar cuadro");
pub const KEY_GLOSSARY: (&str, &str) = ("g", "qué es");
pub const KEY_GLOSSARY_FIELD: (&str, &str) = ("Ctrl-G", "qué es");
pub const KEY_PRINT: (&str, &str) = ("p", "imprimir");
pub const KEY_OPEN_PRINTED: (&str, &str) = ("o", "abrirla");
pub const KEY_RESULTS: (&str, &str) = ("r", "resultados");
pub const KEY_QUIT: (&str, &str) = ("q", "salir");
pub const KEY_LANG: (&str, &str) = ("l", "English / Español");
pub const LANG_NOW: &str = "Ahora en español. Oprima l para volver al inglés (English).";
pub const LANG_ONLY_ONE: &str =
    "Estas preguntas están solo en español, así que fitcheck sigue en español.";
pub const KEY_STOP_CHECKIN: (&str, &str) = ("Esc", "parar revisión");
pub const KEY_STOP_YES: (&str, &str) = ("y", "pararla");
pub const KEY_STOP_NO: (&str, &str) = ("Esc", "seguir");
pub const STOP_CHECKIN_TITLE: &str = "¿Parar esta revisión?";
pub const STOP_CHECKIN_TEXT: &str = "Las respuestas de esta revisión se descartan. Sus respuestas y resultados de antes quedan como estaban. Presione la tecla «y» para pararla, o Esc para seguir con la revisión.";
pub const CHECKIN_STOPPED: &str =
    "La revisión se paró. Sus respuestas y resultados quedan como antes de empezarla.";
pub const KEY_CLOSE: (&str, &str) = ("Esc", "cerrar");
pub const KEY_CONTINUE: (&str, &str) = ("c", "seguir");
pub const KEY_HELP: (&str, &str) = ("?", "teclas");
pub const KEY_NOTE: (&str, &str) = ("Enter", "anotar");
pub const KEY_KEEP_NOTE: (&str, &str) = ("Enter", "guardar");
pub const KEY_CANCEL: (&str, &str) = ("Esc", "cancelar");
pub const KEY_SKIP: (&str, &str) = ("Esc", "saltar");
pub const KEY_HELP_FIELD: (&str, &str) = ("F1", "teclas");
pub const KEY_NAME: (&str, &str) = ("n", "nombre");

// Al salir del asistente (se escribe en la salida de errores, con la terminal ya restaurada).
pub const BYE_SAVED: &str = "Sus respuestas están guardadas en {path}.";
pub const BYE_CONTINUE: &str = "Para seguir donde se quedó, escriba: fitcheck";
pub const BYE_FINISHED: &str = "Para ver otra vez los resultados, escriba: fitcheck resume {id}";
pub const BYE_UNSAVED: &str = "No se pudieron guardar sus respuestas: {error}";
pub const PANIC_SAVED: &str = "fitcheck se detuvo por un problema del propio fitcheck. Sus respuestas hasta la última están guardadas en {path}. Escriba `fitcheck resume` para seguir.";
pub const PANIC_NOTHING: &str =
    "fitcheck se detuvo por un problema del propio fitcheck. Aún no había respuestas guardadas.";
pub const NO_TERMINAL: &str =
    "no se puede abrir el asistente: {error}. Pruebe con `fitcheck --plain`.";

// Sesiones guardadas: el almacén, el guardado automático y los comandos de sesiones.
pub const NO_SESSIONS: &str = "aún no hay sesiones guardadas. Escriba fitcheck para empezar una";
pub const FIND_NONE: &str =
    "ninguna sesión guardada coincide con \u{201c}{query}\u{201d} (vea `fitcheck list`)";
pub const FIND_MANY: &str =
    "\u{201c}{query}\u{201d} coincide con {n} sesiones: {ids}. Escriba más del id";
pub const UNREADABLE: &str = "no se puede abrir {bad}. El archivo quedó como estaba";
pub const CANNOT_READ_FOLDER: &str = "no se puede leer la carpeta de sesiones {dir}: {error}";
pub const TIGHTENED: &str = "otros podían leer {path} (permisos {old}); ahora es privado ({new})";
pub const SHARED_DIR: &str = "otros pueden leer {path} (permisos {old}), y tiene archivos que no son de fitcheck. Por eso queda como está. Sus archivos de sesión ahí son privados, pero otros pueden ver sus nombres. Para una carpeta solo suya, use --data-dir.";
pub const CANNOT_TIGHTEN: &str =
    "otros pueden leer {path} (permisos {old}) y no se pudo hacer privado ({new})";
pub const BAD_SYMLINK: &str =
    "es un enlace simbólico a otro lugar; fitcheck solo abre sus propios archivos";
pub const BAD_ID_MISMATCH: &str = "tiene la sesión \u{201c}{id}\u{201d}, que no coincide con el nombre del archivo (para agregar una sesión copiada, use `fitcheck import ARCHIVO`)";
pub const BAD_FOLDER: &str = "es una carpeta, no un archivo de sesión";
pub const BAD_SPECIAL: &str = "no es un archivo común";
pub const BAD_TOO_LARGE: &str = "es demasiado grande para ser una sesión de fitcheck ({mb} MB)";
pub const BAD_CHANGED: &str = "cambió mientras se abría; pruebe otra vez";
pub const REFUSE_REPLACE: &str = "{path} ocupa ese lugar y quedó como estaba: {reason}";
pub const SAVE_TOO_LARGE: &str = "la sesión ocuparía {mb} MB, más de los {max} MB que fitcheck puede volver a leer. Por eso no se escribió";
pub const NOT_PLAIN_FILE: &str = "no es un archivo común (es una tubería o un dispositivo), así que no se lee. Para leer de una tubería, ponga - y envíe los datos por ella";
pub const TEXT_TOO_LONG: &str =
    "esta respuesta tiene {n} caracteres; fitcheck guarda {max} como máximo. Por favor, acórtela";
pub const SAVE_FAILED: &str = "No se pudo guardar en {dir}: {error}. Sus respuestas siguen aquí. Se intentará guardar otra vez después de su próxima respuesta.";
pub const SKIPPED: &str = "saltada";

// La parte de historial del resumen impreso.
pub const HISTORY_HEADING: &str = "Desde su primera visita, el {date}";
pub const HISTORY_HEADING_FIRST: &str = "Cuánto tiempo lleva esto";
/// Siempre con {n} de 2 o más; para una sola vez está [`HISTORY_VISIT_ONE`].
pub const HISTORY_VISITS: &str = "Volvió {n} veces. La última fue el {date}.";
pub const HISTORY_VISIT_ONE: &str = "Volvió una vez, el {date}.";
pub const HISTORY_NOTE: &str = "Su nota del {date}: {note}";
pub const HISTORY_BETTER: &str = "Mejor";
pub const HISTORY_WORSE: &str = "Peor";
pub const HISTORY_SAME: &str = "Sin cambios";
/// Entre nombres de necesidades en una línea (un nombre puede tener comas).
pub const HISTORY_LIST_SEP: &str = "; ";
pub const HISTORY_NEW: &str = "Calificadas por primera vez";
pub const HISTORY_NOT_YET: &str = "Aún sin calificar otra vez";
pub const HISTORY_NEED: &str = "{name}: antes \u{201c}{first}\u{201d}, ahora \u{201c}{now}\u{201d}";
pub const HISTORY_NEED_ONE: &str = "{name}: \u{201c}{level}\u{201d}";
pub const HISTORY_ANSWER: &str =
    "{prompt} Antes: \u{201c}{first}\u{201d}. Ahora: \u{201c}{now}\u{201d}.";
pub const NO_PLAN_MONTHS: &str =
    "{provider} participa desde hace {months}, y no hay un plan por escrito.";
pub const NO_PLAN_SINCE: &str =
    "{provider} participa desde \u{201c}{since}\u{201d}, y no hay un plan por escrito.";
pub const NO_PLAN: &str = "No hay un plan por escrito para {provider}.";
pub const NO_PLAN_STILL: &str =
    "En su primera visita, hace {months}, no había un plan por escrito. Todavía no lo hay.";
pub const MONTHS_LESS: &str = "menos de un mes";
pub const MONTHS_ONE: &str = "1 mes";
pub const MONTHS_N: &str = "{n} meses";
pub const ASKED_HEADING: &str = "Preguntas que usted hizo";
pub const ASKED_ON: &str = "Hecha el {date}.";
pub const ASKED_REPLY: &str = "La respuesta que anotó: {reply}";
pub const OLDER_HEADING: &str = "Respuestas de una versión anterior de las preguntas";
pub const OLDER_INTRO: &str = "Las preguntas cambiaron desde que usted dio estas respuestas: fitcheck ya no hace esa pregunta, o ya no ofrece esa respuesta. Sus respuestas quedan en la sesión. Si la pregunta todavía se hace, se la vuelve a hacer.";
pub const OLDER_PROVIDER: &str = "profesional {n}";
/// Modo simple, bajo una pregunta que se repite en una revisión.
pub const PLAIN_LAST_TIME: &str = "La última vez respondió: {answer}. Presione Enter para conservarla, o escriba parar para parar esta revisión.";
pub const PLAIN_STOP_CHECKIN: &str = "¿Parar esta revisión? Las respuestas de la revisión se descartan, y sus respuestas y resultados de antes quedan como estaban. Escriba sí para parar, o cualquier otra cosa para seguir.";
pub const PLAIN_CHECKIN_GOES_ON: &str = "La revisión sigue.";
/// Bajo una pregunta que se repite en una revisión.
pub const LAST_TIME: &str = "La última vez: {answer}. Enter la conserva.";
/// Al seguir una sesión, cuando hay respuestas que ya no encajan con las
/// preguntas ({n} de ellas, 2 o más; para una sola está [`SET_ASIDE_NOTICE_ONE`]).
pub const SET_ASIDE_NOTICE: &str = "Las preguntas cambiaron desde su última visita. {n} de sus respuestas ya no encajan, así que esas preguntas se hacen otra vez. Sus respuestas viejas se guardan y salen con el resumen.";

// Los comandos de sesiones (list, summary, import, rename, delete, resume).
pub const SUMMARY_SAVED: &str = "El resumen quedó guardado en {path}";
pub const LIST_ID: &str = "ID";
pub const LIST_LABEL: &str = "NOMBRE";
pub const LIST_CREATED: &str = "CREADA";
pub const LIST_UPDATED: &str = "ACTUALIZADA";
pub const LIST_PROGRESS: &str = "AVANCE";
pub const LIST_FINISHED: &str = "terminada";
pub const LIST_SKIPPED: &str = "se saltó {bad} (el archivo quedó como estaba)";
pub const LIST_EMPTY: &str = "Aún no hay sesiones guardadas. Se guardarán en {dir}.";
pub const IMPORT_BAD: &str = "no se puede importar {file}: {reason}. No se guardó nada";
pub const IMPORT_ANSWERS_HINT: &str = "Parece un archivo de respuestas. Para empezar una sesión con él, escriba: fitcheck --answers ARCHIVO";
pub const IMPORTED: &str = "Importada como una sesión nueva: {id} ({path})";
pub const IMPORT_ALREADY: &str = "Esta sesión ya está aquí, como {name}, así que no se agregó nada. Para verla: fitcheck summary {id}";
pub const IMPORT_SAME_LABEL: &str = "Otra sesión también se llama \u{201c}{name}\u{201d} ({id}). Para distinguirlas, dele a esta un nombre propio: fitcheck rename {new} NOMBRE";
pub const EXPORT_TO_FILE: &str = "export escribe la sesión en JSON, para guardarla o llevarla a otra computadora. Envíela a un archivo: fitcheck export {query} > sesion.json";
pub const SUMMARY_NONE_FINISHED: &str =
    "Aún no hay ninguna sesión terminada. Este es el resumen de la última, {id}, hasta ahora.";
pub const WRITE_FAILED: &str = "no se puede escribir la salida: {error}";
pub const CANNOT_SAVE: &str = "no se puede guardar en {dir}: {error}";
pub const RENAMED: &str = "La sesión {id} ahora se llama \u{201c}{label}\u{201d}";
pub const CONFIRM_TYPE_YES: &str = "Escriba sí para borrar; cualquier otra cosa la conserva:";
pub const DELETE_ONE: &str = "la sesión \u{201c}{name}\u{201d} ({id})";
pub const DELETE_ALL_ONE: &str = "la única sesión guardada en {dir}";
pub const DELETE_ALL_N: &str = "las {n} sesiones guardadas en {dir}";
pub const DELETE_CONFIRM: &str = "¿Borrar {what}? No se puede deshacer.";
pub const DELETE_NEEDS_YES: &str =
    "para borrar {what} sin una terminal donde confirmar, agregue --yes";
pub const DELETE_CANCELLED: &str = "No se borró nada.";
pub const DELETE_NOTHING: &str = "No hay sesiones guardadas para borrar.";
pub const DELETED: &str = "Se borró {what}.";
// El archivo de ajustes (src/settings.rs) y --remember.
pub const REMEMBERED_PLAIN: &str = "Ahora el modo simple (línea por línea, para lectores de pantalla) empieza siempre. Esto se guarda en {path}. Para volver a la pantalla completa: fitcheck --no-plain --remember";
pub const REMEMBERED_WIZARD: &str = "Ahora la entrevista en pantalla completa empieza siempre. Esto se guarda en {path}. Para el modo simple: fitcheck --plain --remember";
pub const REMEMBER_WHAT: &str = "--remember necesita --plain o --no-plain: fitcheck --plain --remember empieza siempre en modo simple";
pub const REMEMBER_WHERE: &str =
    "--remember sirve al empezar la entrevista: fitcheck --plain --remember";
/// Un idioma que fitcheck no habla, de {from} (--lang o FITCHECK_LANG).
pub const LANG_UNKNOWN: &str = "{from} dice \u{201c}{value}\u{201d}, un idioma que fitcheck no habla. Use es para español o en para inglés (English).";
pub const SETTINGS_NOWHERE: &str =
    "no se encuentra una carpeta para los ajustes, así que no se recuerda nada";
pub const SETTINGS_BROKEN: &str = "no se puede leer el archivo de ajustes {path}, así que se usan los valores de siempre. Corríjalo, o bórrelo para empezar de cero. El motivo: {reason}.";
pub const SETTINGS_NOT_SAVED: &str = "no se recordó nada: no se puede leer el archivo de ajustes {path}. Bórrelo y pruebe otra vez. El motivo: {reason}.";
/// Siempre con {n} de 2 o más; para una sola está [`DELETED_ALL_ONE`].
pub const DELETED_ALL: &str = "Se borraron {n} sesiones guardadas de {dir}.";
pub const DELETE_LEFT: &str = "Estos archivos no se pudieron leer como sesiones, así que quedaron donde estaban. Bórrelos usted si ya no los necesita:";
pub const OPEN_ELSEWHERE: &str = "la sesión {id} está abierta en otra ventana de fitcheck. Termínela o salga de ella allí primero, para no perder respuestas. Para verla aquí sin cambiarla: fitcheck summary {id}";
pub const READ_ONLY_TITLE: &str = "Sesión {id}, solo lectura";
pub const DELETE_OPEN: &str = "no se puede borrar la sesión {id}: está abierta en otra ventana de fitcheck. Salga de ella allí primero; no se borró nada";
/// {ids} viene de [`DELETE_ALL_OPEN_ONE`] o [`DELETE_ALL_OPEN_MANY`] (en
/// inglés lo arma `store.rs` a mano).
pub const DELETE_ALL_OPEN: &str = "no se pueden borrar todas las sesiones: {ids} en otra ventana de fitcheck. Cierre fitcheck allí primero; no se borró nada";
pub const ALL_FINISHED: &str = "todas las sesiones guardadas están terminadas. Para hacer una revisión, nombre una: fitcheck resume ID (vea `fitcheck list`)";

// Modo simple (src/plain/): la entrevista línea por línea. Se imprimen tal
// cual: una línea cada una, sin color, sin mover el cursor, sin recuadros.
pub const PLAIN_WELCOME: &str =
    "fitcheck, línea por línea. Responda cada pregunta en una línea y presione Enter.";
pub const PLAIN_COMMANDS: &str =
    "En cualquier pregunta puede escribir: ayuda, atrás, saltar, roles TÍTULO, imprimir o salir.";
pub const PLAIN_RESUMING: &str =
    "Seguimos con la sesión {id}: {answered} de {applicable} preguntas respondidas.";
pub const PLAIN_PRESEEDED: &str = "El archivo ya respondía {answered} de {applicable} preguntas. Solo le preguntamos lo que falta.";
pub const PLAIN_QUESTION: &str = "Pregunta {n} de {total}: {prompt}";
pub const PLAIN_SECTION_PROVIDER: &str = "{section}: profesional {n}";
pub const PLAIN_OPTION: &str = "  {n}. {text}";
pub const PLAIN_OPTION_HINT: &str = "  {n}. {text} ({hint})";
pub const PLAIN_EARLIER: &str = "Su respuesta de antes: {answer}. Presione Enter para conservarla.";
pub const PLAIN_SKIPPED: &str = "saltada";
/// Se muestra y se lee: la palabra para no elegir ninguna opción. Al leer
/// valen también las de [`PLAIN_WORDS_NONE`].
pub const PLAIN_NONE: &str = "ninguna";
/// Entre las opciones de una respuesta múltiple que se muestra (una opción puede tener comas).
pub const PLAIN_AND: &str = "; ";
/// Antes de una palabra que empieza con "o" u "ho", use [`OR_BEFORE_O`].
pub const PLAIN_OR: &str = "o";
pub const PLAIN_INPUT: &str = "> ";
pub const PLAIN_HOW_SINGLE: &str = "Escriba un número del 1 al {max}, o las palabras.";
pub const PLAIN_HOW_MULTI: &str =
    "Escriba cada número o palabras que correspondan, separados por comas, o ninguna.";
pub const PLAIN_HOW_LEVEL: &str = "Escriba un número del 0 al 3, o las palabras.";
pub const PLAIN_HOW_TEXT: &str = "Escriba su respuesta.";
pub const PLAIN_HOW_TITLE: &str = "Escriba el título tal como lo oyó.";
pub const PLAIN_HOW_SKIP: &str = "Para saltarla, presione Enter o escriba saltar.";
pub const PLAIN_HELP_HEADING: &str = "Ayuda para esta pregunta:";
pub const PLAIN_HELP_WORDS: &str =
    "Palabras que sirven en cada pregunta (las de inglés también sirven):";
pub const PLAIN_HELP_LINES: [&str; 9] = [
    "  atrás         volver a la pregunta anterior",
    "  saltar        saltar esta pregunta, si se puede",
    "  ayuda         mostrar esta ayuda",
    "  roles         ver los títulos que conoce fitcheck",
    "  roles TÍTULO  explicar un título, por ejemplo: roles QMHA",
    "  imprimir      guardar una página para imprimir en su carpeta Documentos",
    "  abrir         abrir esa página, si esta computadora puede",
    "  salir         parar aquí; sus respuestas están guardadas",
    "En una pregunta ya respondida, presione Enter para conservar la respuesta.",
];
pub const PLAIN_LEVEL_HINT: &str = "  {n}. {label}: {hint}";
pub const PLAIN_FIRST: &str = "Esta es la primera pregunta; no hay ninguna antes.";
pub const PLAIN_NOT_HERE: &str = "\u{201c}{word}\u{201d} no sirve aquí.";
pub const PLAIN_NO_OPTION: &str = "No hay una opción {n}. {how}";
pub const PLAIN_NOT_AN_OPTION: &str = "\u{201c}{typed}\u{201d} no es una de las opciones. {how}";
pub const PLAIN_AMBIGUOUS: &str =
    "\u{201c}{typed}\u{201d} puede ser {options}. Escriba más palabras, o el número.";
pub const PLAIN_EMPTY: &str = "No escribió nada. {how}";
pub const PLAIN_TITLE_ONE: &str = "Coincide con: {role}.";
pub const PLAIN_TITLE_MANY: &str = "Este título puede ser: {roles}.";
pub const PLAIN_TITLE_UNKNOWN_ROLE: &str = "Anotado: {title}.";
pub const PLAIN_TITLE_NONE: &str = "Ningún título que fitcheck conoce coincide con \u{201c}{typed}\u{201d}. Los más cercanos son: {closest}. Se guarda como un título que fitcheck no conoce. Escriba atrás para cambiarlo.";
pub const PLAIN_CRISIS_AFTER: &str = "Las preguntas siguen cuando usted quiera.";
pub const PLAIN_SAVE_FAILED: &str = "fitcheck: {message}";
pub const PLAIN_SAVED_AGAIN: &str = "Ya se puede guardar otra vez: sus respuestas están guardadas.";
pub const PLAIN_NOT_SAVED: &str = "fitcheck: no se pudieron guardar sus respuestas. Aquí están: guárdelas en un archivo, y empiece otra vez con ellas con fitcheck --answers ARCHIVO";
pub const PLAIN_NOT_SAVED_SIGNAL: &str =
    "Sus últimas respuestas no se pudieron guardar (vea el mensaje de arriba).";
pub const PLAIN_SAVED_AT: &str = "Sus respuestas están guardadas en {path}.";
pub const PLAIN_NOTHING_SAVED: &str = "No respondió nada, así que no se guardó nada.";
pub const PLAIN_RESUME_WITH: &str = "Para seguir luego: fitcheck resume {id}";
pub const PLAIN_NAME_WITH: &str = "Para volver a ella por su nombre: fitcheck rename {id} NOMBRE (basta con el primer nombre de su hijo o hija), luego fitcheck summary NOMBRE.";
pub const PLAIN_SUMMARY_WITH: &str = "Para ver el resumen otra vez: fitcheck summary {id}";
pub const PLAIN_QUIT: &str = "Hasta aquí.";
pub const PLAIN_INTERRUPTED: &str = "Se interrumpió.";
pub const PLAIN_EOF: &str = "fitcheck: la entrada terminó antes que la entrevista. Falta responder: {id} (\u{201c}{prompt}\u{201d}).";
pub const PLAIN_FINISHED_SESSION: &str = "La sesión {id} está terminada.";
pub const PLAIN_FINISHED_CHOICES: [&str; 4] = [
    "Hacer una revisión: responder otra vez las preguntas de necesidades y progreso",
    "Ver los resultados",
    "Anotar la respuesta que le dieron a una de sus preguntas",
    "Guardar una página para imprimir en su carpeta Documentos",
];
/// Cuál de [`PLAIN_FINISHED_CHOICES`] imprime, contando desde 1.
pub const PLAIN_FINISHED_PRINT: usize = 4;
pub const PLAIN_OPEN_NOTHING: &str =
    "Primero escriba imprimir para guardar una página para imprimir. Luego abrir la abre.";
pub const PLAIN_PRINT_LATER: &str = "Para una página para imprimir, en su carpeta Documentos: fitcheck resume {id}, y luego elija 4.";
pub const PLAIN_PRINTED: &str = "Guardamos una página para imprimir: {path}\nLa versión en texto está al lado: {text}\nEscriba abrir para abrirla.";
pub const PLAIN_ASKS_WHICH: &str =
    "¿Qué pregunta hizo? Escriba su número, o presione Enter para volver.";
pub const PLAIN_ASKS_NONE: &str = "No hay preguntas para hacer con estas respuestas.";
pub const PLAIN_ASKED_MARK: &str = " (hecha)";
pub const PLAIN_REPLY_PROMPT: &str = "¿Qué le dijeron? Escríbalo en una línea. Presione Enter en una línea vacía para solo marcarla como hecha.";
pub const PLAIN_NOTE_HOW: &str = "Escríbalo en una línea, o presione Enter para saltarlo.";
pub const PLAIN_REPLY_KEPT: &str = "Anotado, y marcada como hecha.";
pub const PLAIN_REPLY_MARKED: &str = "Marcada como hecha.";
pub const PLAIN_FINISHED_HELP: &str = "Una revisión pregunta otra vez qué tan urgente es cada necesidad y cómo van las cosas, para ver qué cambió. Sus respuestas de antes se guardan. Después de una reunión, puede anotar lo que alguien dijo a una pregunta que usted hizo. También puede escribir roles TÍTULO, o salir.";
pub const PLAIN_FINISHED_EOF: &str = "fitcheck: la entrada terminó antes de elegir algo.";

// ---------------------------------------------------------------------
// Solo en español. `tests/strings_es.rs` las conoce por nombre.

// Gramática que el inglés no necesita.
/// "y" se vuelve "e" antes de una palabra que empieza con el sonido "i"
/// ("i", "hi", pero no "hie" ni "hia"): "ansiedad e ira".
pub const AND_BEFORE_I: &str = "e";
/// "o" se vuelve "u" antes de una palabra que empieza con el sonido "o"
/// ("o", "ho"): "QMHA u otro".
pub const OR_BEFORE_O: &str = "u";

// Plurales: el inglés usa la misma frase para 1 y para varios; el español no.
/// [`SET_ASIDE_NOTICE`] cuando es una sola respuesta.
pub const SET_ASIDE_NOTICE_ONE: &str = "Las preguntas cambiaron desde su última visita. Una de sus respuestas ya no encaja, así que esa pregunta se hace otra vez. Su respuesta vieja se guarda y sale con el resumen.";
/// [`DELETED_ALL`] cuando era una sola sesión.
pub const DELETED_ALL_ONE: &str = "Se borró la única sesión guardada de {dir}.";
/// {ids} de [`DELETE_ALL_OPEN`] con una sola sesión abierta.
pub const DELETE_ALL_OPEN_ONE: &str = "la sesión {id} está abierta";
/// {ids} de [`DELETE_ALL_OPEN`] con varias sesiones abiertas ("a, b").
pub const DELETE_ALL_OPEN_MANY: &str = "las sesiones {ids} están abiertas";

// Las palabras del modo simple en español (issue 16, punto 6). Se comparan
// en minúsculas, con y sin acento; las palabras en inglés siguen valiendo.
// Ninguna choca con otra lista ni con los números. Las listas son cortas a
// propósito: una orden se lee antes que las opciones, así que una palabra
// de más ("volver", "nada") podría tapar una opción de las preguntas.
/// Como "back": volver a la pregunta anterior.
pub const PLAIN_WORDS_BACK: [&str; 2] = ["atrás", "atras"];
/// Como "skip": saltar la pregunta.
pub const PLAIN_WORDS_SKIP: [&str; 2] = ["saltar", "omitir"];
/// Como "help" y "?".
pub const PLAIN_WORDS_HELP: [&str; 1] = ["ayuda"];
/// Como "roles" (solo, o seguido de un título).
pub const PLAIN_WORDS_ROLES: [&str; 3] = ["roles", "títulos", "titulos"];
/// Como "quit": parar la entrevista; las respuestas quedan guardadas.
pub const PLAIN_WORDS_QUIT: [&str; 1] = ["salir"];
/// Como "stop": parar la revisión en curso (pregunta antes).
pub const PLAIN_WORDS_STOP: [&str; 1] = ["parar"];
/// Como "print".
pub const PLAIN_WORDS_PRINT: [&str; 1] = ["imprimir"];
/// Como "open".
pub const PLAIN_WORDS_OPEN: [&str; 1] = ["abrir"];
/// Como "yes" / "y", al parar una revisión y al confirmar un borrado.
pub const PLAIN_WORDS_YES: [&str; 3] = ["sí", "si", "s"];
/// Como "no" (todo lo que no es sí ya cuenta como no; esto es para leer opciones).
pub const PLAIN_WORDS_NO: [&str; 2] = ["no", "n"];
/// Como "none" en una pregunta de varias respuestas (solo ahí se leen,
/// y una opción que se llame así gana, como con "none").
pub const PLAIN_WORDS_NONE: [&str; 3] = ["ninguna", "ninguno", "nada"];

// La ayuda de la línea de comandos (src/cli.rs), para `fitcheck --help` en
// español. Los nombres de comandos y opciones no cambian. Nombres: HELP_ARG
// para una opción general, HELP_CMD_CMD para un comando, HELP_CMD_ARG para
// su argumento y HELP_CMD_ARG_VALOR para un valor posible (guiones como
// "_", en mayúsculas). `tests/strings_es.rs` comprueba que no falte ninguno.
pub const HELP_ABOUT: &str = "Una entrevista tranquila que le muestra si el puesto de un profesional de salud mental encaja con lo que necesita su hijo o hija";
pub const HELP_AFTER: &str = "\
Sin comando, empieza (o sigue) la entrevista.

Estado de salida:
  0    terminada
  1    error, o la entrevista no terminó (la entrada se acabó, o escribió salir)
  2    uso incorrecto o un archivo de entrada con errores
  130  interrumpida con Ctrl-C (la sesión se guardó antes)

El modo simple (--plain) pregunta línea por línea: las preguntas van a
stderr y el resumen a stdout. También se usa si FITCHECK_PLAIN o
ACCESSIBLE tienen valor, si TERM es dumb, o si la entrada o la salida no es
una terminal. Escriba ayuda en cualquier pregunta.
fitcheck --plain --remember deja el modo simple para siempre; --no-plain
--remember lo quita.

fitcheck da información, no consejo médico. Si alguien está en peligro
ahora, llame al 911. También puede llamar o escribir al 988 (marque 2 para
español, o envíe AYUDA por mensaje de texto).";
/// Los títulos de las partes de la ayuda de clap (su plantilla de ayuda).
pub const HELP_HEADING_USAGE: &str = "Uso:";
pub const HELP_HEADING_COMMANDS: &str = "Comandos:";
pub const HELP_HEADING_ARGUMENTS: &str = "Argumentos:";
pub const HELP_HEADING_OPTIONS: &str = "Opciones:";
pub const HELP_HEADING_VALUES: &str = "Valores posibles:";
pub const HELP_HEADING_DEFAULT: &str = "por defecto";
/// Las opciones que clap agrega solo.
pub const HELP_HELP: &str = "Mostrar la ayuda";
pub const HELP_VERSION: &str = "Mostrar la versión";
pub const HELP_CMD_HELP: &str = "Mostrar la ayuda de un comando";
/// Para la opción `--lang` que aún no existe (issue 16, punto 1).
pub const HELP_LANG: &str =
    "El idioma: es (español) o en (inglés). También: FITCHECK_LANG, o el idioma del sistema.";
pub const HELP_QUESTIONS: &str = "Usar otra carpeta de preguntas en vez de las que trae fitcheck.";
pub const HELP_DATA_DIR: &str =
    "Guardar las sesiones en esta carpeta (también: FITCHECK_DATA_DIR).";
pub const HELP_PLAIN: &str =
    "Preguntar línea por línea, para lectores de pantalla, tuberías y scripts.";
pub const HELP_NO_PLAIN: &str =
    "Usar la entrevista en pantalla completa esta vez, aunque el modo simple esté guardado.";
pub const HELP_REMEMBER: &str = "Con --plain o --no-plain: recordar la elección para siempre.";
pub const HELP_ANSWERS: &str = "Empezar una sesión nueva con estas respuestas y preguntar solo lo que falta (\"-\" las lee de la entrada estándar).";
pub const HELP_LIST_FORMAT_TEXT: &str = "Una tabla para leer.";
pub const HELP_LIST_FORMAT_JSON: &str = "Para scripts: un objeto por sesión.";
pub const HELP_SUMMARY_FORMAT_TEXT: &str = "Texto simple para leer, de 80 columnas.";
pub const HELP_SUMMARY_FORMAT_MARKDOWN: &str = "Para un correo o unas notas.";
pub const HELP_SUMMARY_FORMAT_JSON: &str = "Para scripts: todos los campos del resumen.";
pub const HELP_SUMMARY_FORMAT_HTML: &str = "Una página para imprimir o guardar como PDF.";
pub const HELP_CMD_CHECK_QUESTIONS: &str =
    "Revisar una carpeta de preguntas y decir cada problema.";
pub const HELP_CHECK_QUESTIONS_DIR: &str =
    "La carpeta que revisar (si falta: las preguntas que trae fitcheck).";
pub const HELP_CMD_ROLES: &str = "Ver los títulos de profesionales, o explicar uno.";
pub const HELP_ROLES_TITLE: &str = "Un título, como \"QMHA\" o \"psicóloga\".";
pub const HELP_CMD_SUMMARY: &str =
    "Mostrar el resumen de una sesión, o de un archivo de respuestas.";
pub const HELP_SUMMARY_SESSION: &str =
    "El id de la sesión (basta con su comienzo) o su nombre. Si falta: la última sesión terminada.";
pub const HELP_SUMMARY_ANSWERS: &str = "Hacer el resumen con un archivo de respuestas (\"-\": la entrada estándar); no se guarda nada.";
pub const HELP_SUMMARY_FORMAT: &str = "Cómo escribirlo.";
pub const HELP_SUMMARY_OUTPUT: &str = "Escribirlo en este archivo, no en la salida estándar.";
pub const HELP_SUMMARY_FORCE: &str =
    "Reemplazar el archivo de --output si ya existe (nunca un enlace simbólico).";
pub const HELP_CMD_LIST: &str = "Ver las sesiones guardadas, la más nueva primero.";
pub const HELP_LIST_FORMAT: &str = "Cómo escribirla.";
pub const HELP_CMD_RESUME: &str = "Seguir una sesión: si no dice cuál, la última sin terminar.";
pub const HELP_RESUME_SESSION: &str = "El id de la sesión (basta con su comienzo) o su nombre.";
pub const HELP_CMD_EXPORT: &str =
    "Escribir una sesión en JSON, para guardarla o llevarla: fitcheck export ID > sesion.json";
pub const HELP_EXPORT_SESSION: &str = "El id de la sesión (basta con su comienzo) o su nombre.";
pub const HELP_CMD_IMPORT: &str = "Agregar una sesión desde un archivo hecho con `export`, como sesión nueva (\"-\" la lee de la entrada estándar).";
pub const HELP_IMPORT_FILE: &str = "Un archivo hecho con `fitcheck export`.";
pub const HELP_CMD_RENAME: &str =
    "Ponerle un nombre a una sesión, como \"Maya - entrenador de habilidades\".";
pub const HELP_RENAME_SESSION: &str = "El id de la sesión (basta con su comienzo) o su nombre.";
pub const HELP_RENAME_LABEL: &str =
    "El nombre nuevo, como el primer nombre del niño o la niña (\"\" lo quita).";
pub const HELP_CMD_COMPLETIONS: &str =
    "Mostrar un script para completar con Tab: bash, zsh, fish o powershell.";
pub const HELP_COMPLETIONS_SHELL: &str = "El shell en el que completar.";
pub const HELP_CMD_MAN: &str = "Mostrar la página del manual (roff), para `man`.";
pub const HELP_CMD_DELETE: &str = "Borrar una sesión (pregunta antes, salvo con --yes).";
pub const HELP_DELETE_SESSION: &str = "El id de la sesión o su nombre.";
pub const HELP_DELETE_ALL: &str = "Borrar todas las sesiones guardadas.";
pub const HELP_DELETE_YES: &str = "No pedir confirmación.";
/// Los nombres de los valores en la ayuda y en el uso: `--questions <CARPETA>`.
/// Van en mayúsculas, como los pone clap.
pub const HELP_VALUE_DIR: &str = "CARPETA";
pub const HELP_VALUE_FILE: &str = "ARCHIVO";
pub const HELP_VALUE_LANG: &str = "IDIOMA";
pub const HELP_VALUE_SESSION: &str = "SESIÓN";
pub const HELP_VALUE_LABEL: &str = "NOMBRE";
pub const HELP_VALUE_TITLE: &str = "TÍTULO";
pub const HELP_VALUE_SHELL: &str = "SHELL";
pub const HELP_VALUE_FORMAT: &str = "FORMATO";
/// Lo que clap escribe en la línea de uso: `fitcheck [OPCIONES] [COMANDO]`.
pub const HELP_USAGE_OPTIONS: &str = "OPCIONES";
pub const HELP_USAGE_COMMAND: &str = "COMANDO";

// Los errores de la línea de comandos (src/language.rs, `clap_error`): clap
// los escribe en inglés, así que en español fitcheck escribe los suyos. La
// primera frase va después de "fitcheck: ", por eso empieza en minúscula.
// {arg} es una opción o un argumento ("--format <FORMATO>"), {value} lo
// que se escribió, {list} los valores posibles, separados por comas.
pub const CLAP_UNKNOWN_OPTION: &str = "no existe la opción \u{201c}{arg}\u{201d}.";
pub const CLAP_UNEXPECTED: &str = "no se esperaba \u{201c}{arg}\u{201d} aquí.";
pub const CLAP_NO_COMMAND: &str = "no existe el comando \u{201c}{value}\u{201d}.";
pub const CLAP_DID_YOU_MEAN: &str = "¿Quiso decir \u{201c}{value}\u{201d}?";
pub const CLAP_NO_VALUE: &str = "falta un valor después de \u{201c}{arg}\u{201d}.";
pub const CLAP_BAD_VALUE: &str =
    "\u{201c}{value}\u{201d} no es un valor que sirva para \u{201c}{arg}\u{201d}.";
pub const CLAP_VALUES: &str = "Puede usar: {list}.";
pub const CLAP_MISSING: &str = "falta algo que este comando necesita: {list}.";
pub const CLAP_CONFLICT: &str = "\u{201c}{arg}\u{201d} no se puede usar junto con {list}.";
pub const CLAP_TWICE: &str = "\u{201c}{arg}\u{201d} se puede usar solo una vez.";
pub const CLAP_NO_EQUALS: &str =
    "ponga un signo = entre \u{201c}{arg}\u{201d} y su valor, sin espacios.";
pub const CLAP_TOO_MANY: &str =
    "\u{201c}{arg}\u{201d} lleva un solo valor: sobra \u{201c}{value}\u{201d}.";
pub const CLAP_COUNT: &str = "\u{201c}{arg}\u{201d} no lleva ese número de valores.";
pub const CLAP_NOT_TEXT: &str = "algo de lo que escribió tiene letras que fitcheck no puede leer.";
/// Para cualquier otro error de la línea de comandos.
pub const CLAP_OTHER: &str = "no se entendió lo que escribió.";
/// La última línea de cada error: {help} es "fitcheck --help" o
/// "fitcheck summary --help".
pub const CLAP_HELP_HINT: &str = "Para ver la ayuda: {help}";

// Textos que en inglés aún están escritos en el código, fuera de
// `strings.rs` (issue 16, punto 3). Los marcadores tienen nombre aquí
// aunque el inglés use `format!` con posiciones. No incluye los mensajes de
// `fitcheck check-questions` (src/validate.rs, src/bank.rs): son para quien
// escribe las preguntas, no para los padres.

// src/glossary.rs: `fitcheck roles` y `fitcheck roles TÍTULO`.
pub const ROLES_HEAD_TITLE: &str = "Título";
pub const ROLES_HEAD_LICENSED: &str = "¿Licencia?";
pub const ROLES_HEAD_WHAT: &str = "Título completo y qué hace";
pub const ROLES_TABLE_FOOT: &str = "Para leer más sobre un título, escriba fitcheck roles y el título, por ejemplo: fitcheck roles QMHA";
pub const ROLES_H_MEANS: &str = "Qué quiere decir el título";
pub const ROLES_H_EDUCATION: &str = "Estudios";
pub const ROLES_H_LICENSED: &str = "Licencia";
pub const ROLES_H_SUPERVISION: &str = "Quién le supervisa";
pub const ROLES_H_DOES_WELL: &str = "Lo que hace bien";
pub const ROLES_H_NOT_TRAINED: &str = "Para qué no tiene formación";
pub const ROLES_H_STATE: &str = "Lo que cambia según el estado";
pub const ROLES_H_ALSO: &str = "También se le llama";
/// Después de los nombres en español, los nombres en inglés del puesto.
pub const ROLES_ALSO_ENGLISH: &str = "En inglés: {names}";
pub const ROLES_H_SOURCES: &str = "De dónde sale esto";
pub const ROLES_LICENSED_LINE: &str = "Licencia: {licensed}";
pub const ROLES_LAST_CHECKED: &str = "Revisado por última vez: {date}.";
pub const ROLES_AMBIGUOUS: &str = "\u{201c}{title}\u{201d} puede ser {n} puestos distintos. En la entrevista, otra pregunta los distingue. También puede preguntarle a la persona su título exacto y su licencia.";
/// {others}: los títulos sin artículo ("QMHA o QMHP"); en inglés
/// `glossary.rs` les pone "a" delante.
pub const ROLES_PEER_NOTE: &str = "Este título puede ser alguien certificado para dar apoyo de pares, con experiencia de vida propia ({peer}), no {others}. Pregunte: \u{201c}¿Usted tiene un certificado de apoyo entre pares y experiencia de vida propia?\u{201d}";
pub const ROLES_MORE: &str = "Para leer más sobre uno de ellos, escriba: fitcheck roles {short}";
pub const ROLES_UNKNOWN_TIP: &str = "Es común no saber el título. Pregúntele a la persona su título exacto, si tiene licencia y quién le supervisa. Para ver todos los títulos, escriba: fitcheck roles";
pub const ROLES_NO_MATCH: &str =
    "Ningún título coincide con \u{201c}{title}\u{201d}. Los más cercanos son: {list}.";
/// "a, b o c"; antes de "o"/"ho", [`OR_BEFORE_O`].
pub const ROLES_OR: &str = "o";

// src/reason.rs: errores del sistema, en palabras de todos los días.
pub const IO_NOT_FOUND: &str = "no existe ese archivo o carpeta";
pub const IO_PERMISSION_DENIED: &str = "este usuario no tiene permiso para abrirlo";
pub const IO_ALREADY_EXISTS: &str = "ya hay un archivo con ese nombre";
pub const IO_IS_A_DIRECTORY: &str = "es una carpeta, no un archivo";
pub const IO_NOT_A_DIRECTORY: &str = "una parte de la ruta es un archivo, no una carpeta";
pub const IO_STORAGE_FULL: &str = "el disco está lleno";
pub const IO_QUOTA_EXCEEDED: &str = "este usuario ya no tiene lugar en el disco";
pub const IO_READ_ONLY: &str = "el disco solo se puede leer, no escribir";
pub const IO_DIRECTORY_NOT_EMPTY: &str = "la carpeta no está vacía";
pub const IO_INVALID_FILENAME: &str = "el nombre es muy largo o no está permitido";
pub const IO_FILE_TOO_LARGE: &str = "el archivo es muy grande";
pub const IO_RESOURCE_BUSY: &str = "otro programa lo está usando";
pub const IO_TIMED_OUT: &str = "tardó demasiado en responder";
pub const IO_BROKEN_PIPE: &str = "el programa que leía la salida se detuvo";
pub const IO_INVALID_DATA: &str = "no es un texto que fitcheck pueda leer";
pub const IO_UNEXPECTED_EOF: &str = "terminó antes de tiempo";
pub const IO_UNNAMED: &str = "un error al que el sistema no le dio nombre";
// Errores del lector de JSON; {name} va entre comillas.
pub const JSON_MISSING: &str = "falta {name}";
pub const JSON_UNKNOWN_FIELD: &str = "fitcheck no conoce {name}";
pub const JSON_UNKNOWN_VALUE: &str = "{name} no es un valor que fitcheck conozca";
pub const JSON_DUPLICATE: &str = "{name} aparece dos veces";
pub const JSON_WRONG_KIND: &str = "un valor no es del tipo correcto (se encontró {found})";
/// Para {found} de [`JSON_WRONG_KIND`], en vez de "a sequence" y "map".
pub const JSON_A_LIST: &str = "una lista";
pub const JSON_A_GROUP: &str = "un grupo de campos";
/// Más de lo que {found} de [`JSON_WRONG_KIND`] puede decir: true o false,
/// null, y cualquier otro tipo.
pub const JSON_FOUND_BOOL: &str = "el valor {value}";
pub const JSON_FOUND_NULL: &str = "null (un valor vacío)";
pub const JSON_FOUND_OTHER: &str = "otro tipo de valor";
pub const JSON_BAD_VALUE: &str = "un valor no es uno que fitcheck acepte";
pub const JSON_CUT_OFF: &str = "termina antes de tiempo: probablemente se cortó";
pub const JSON_NOT_JSON: &str = "hay algo que no es JSON";
pub const JSON_TRAILING: &str = "hay algo más después del final del JSON";
pub const JSON_NOT_TEXT: &str = "no es texto (UTF-8)";

// src/answers.rs: un archivo de respuestas (--answers) con errores.
pub const ANSWERS_AT: &str = "línea {line}, columna {column}: {message}";
pub const ANSWERS_BAD_ONE: &str = "1 respuesta no encaja con las preguntas:";
pub const ANSWERS_BAD_N: &str = "{n} respuestas no encajan con las preguntas:";
pub const ANSWERS_NO_SUCH_QUESTION: &str = "no hay ninguna pregunta con este id";
pub const ANSWERS_PER_PROVIDER: &str =
    "esta pregunta se hace para cada profesional: póngala en providers[].answers";
pub const ANSWERS_ONCE: &str = "esta pregunta se hace una sola vez: póngala en child";
pub const ANSWERS_NOT_SKIPPABLE: &str = "esta pregunta no se puede saltar";
pub const ANSWERS_WANT_LEVEL: &str = "se esperaba un nivel del 0 al 3, y hay {found}";
pub const ANSWERS_NOT_AN_OPTION: &str =
    "\u{201c}{value}\u{201d} no es una opción aquí (opciones: {options})";
pub const ANSWERS_NOT_OPTIONS: &str = "{values} no son opciones aquí (opciones: {options})";
pub const ANSWERS_WANT_ONE: &str = "se esperaba el id de una opción, y hay {found}";
pub const ANSWERS_WANT_LIST: &str = "se esperaba una lista de ids de opciones, y hay {found}";
pub const ANSWERS_WANT_TEXT: &str = "se esperaba un texto, y hay {found}";
pub const ANSWERS_FOUND_NUMBER: &str = "el número {l}";
pub const ANSWERS_FOUND_TEXT: &str = "el texto \u{201c}{s}\u{201d}";

// src/interview.rs: al responder.
pub const INTERVIEW_FINISHED: &str = "la entrevista está terminada";
pub const INTERVIEW_TYPE_OR_SKIP: &str = "Escriba una respuesta, o salte esta pregunta.";
pub const INTERVIEW_TYPE: &str = "Escriba una respuesta para seguir.";
pub const INTERVIEW_NOT_SKIPPABLE: &str =
    "Esta pregunta necesita una respuesta; no se puede saltar.";

// src/session.rs, src/settings.rs, src/store.rs, src/printout.rs: archivos.
pub const FILE_EMPTY: &str = "el archivo está vacío";
pub const SESSION_NEWER: &str = "la guardó un fitcheck más nuevo (formato {v}; este lee hasta el {schema}). Actualice fitcheck para abrirla";
pub const SESSION_BAD_ID: &str =
    "su id \u{201c}{id}\u{201d} no es uno que fitcheck haga (solo letras, números, - y _)";
pub const SESSION_CUT_OFF: &str =
    "el archivo termina antes de tiempo ({at}): probablemente se cortó al copiarlo o guardarlo";
pub const SESSION_NOT_JSON: &str = "no es JSON válido ({at}: {reason})";
pub const SESSION_NOT_SESSION: &str = "no es una sesión de fitcheck ({at}: {reason})";
pub const SESSION_UNREADABLE: &str = "no se pudo leer: {reason}";
/// {at} de los mensajes de arriba.
pub const SESSION_AT: &str = "línea {line}, columna {column}";
// src/cmd.rs: `fitcheck check-questions`, y unas preguntas que no cargan.
// Los problemas siguen en inglés: son para quien escribe las preguntas, y
// nombran archivos, ids y campos. Esta frase los presenta.
pub const BANK_BUILT_IN: &str = "las preguntas que trae fitcheck";
pub const BANK_PROBLEMS_ONE: &str =
    "hay 1 problema en {origin}. Se explica en inglés, para quien escribe las preguntas:";
pub const BANK_PROBLEMS: &str =
    "hay {n} problemas en {origin}. Se explican en inglés, para quien escribe las preguntas:";
pub const BANK_OK: &str = "Todo bien: {origin}: {counts}";
pub const BANK_COUNTS: &str = "{roles} puestos, {capabilities} capacidades, {needs} necesidades, {sections} secciones, {questions} preguntas, {asks} preguntas para hacer, {sources} fuentes";
pub const SETTINGS_NOT_PLAIN: &str = "no es un archivo común";
pub const SETTINGS_TOO_LARGE: &str = "es demasiado grande para ser de fitcheck";
pub const SETTINGS_BAD_VALUE: &str = "un ajuste tiene un valor que fitcheck no entiende: {reason}";
pub const SETTINGS_NOT_JSON: &str = "no es JSON válido: {reason}";
pub const SETTINGS_NO_FOLDER: &str = "el archivo de ajustes no tiene carpeta";
pub const STORE_OTHER_SESSION: &str = "tiene otra sesión ({id})";
pub const STORE_NO_FREE_NAME: &str = "no se encontró un nombre libre para la sesión";
pub const STORE_NOT_REGULAR: &str = "{path} no es un archivo común";
pub const STORE_LEFT_ALONE: &str =
    "es un enlace, no un archivo común, o es de otra persona, así que no se toca";
pub const STORE_USE_FORCE: &str = "ya hay un archivo ahí (agregue --force para reemplazarlo)";
pub const STORE_NOT_AN_ID: &str = "\u{201c}{id}\u{201d} no es un id de sesión";
pub const PRINTOUT_FULL: &str = "ya hay 999 páginas impresas con este nombre";
pub const PRINTOUT_NO_HOME: &str = "no se encuentra su carpeta personal";

// src/cli.rs, src/cmd.rs, src/plain.rs, src/plain/dialog.rs: mensajes sueltos.
pub const CLI_CANNOT_READ: &str = "no se puede leer {path}: {reason}";
pub const CLI_NOT_TEXT: &str = "no se puede leer {path}: no es texto (UTF-8)";
pub const CLI_NO_DATA_DIR: &str = "no se encuentra una carpeta para guardar las sesiones; use --data-dir CARPETA o defina FITCHECK_DATA_DIR";
pub const CMD_CANNOT_WRITE: &str = "no se puede escribir {path}: {reason}";
pub const CMD_CANNOT_DELETE: &str = "no se puede borrar {id}: {reason}";
pub const CMD_CANNOT_DELETE_IN: &str = "no se puede borrar en {dir}: {reason}";
pub const CMD_ANSWERS_NOT_RESUME: &str =
    "--answers empieza una sesión nueva; no se puede usar con resume";
pub const PLAIN_NO_CTRL_C: &str =
    "fitcheck: no se puede vigilar Ctrl-C ({error}); cada respuesta se guarda igual al darla";
pub const PLAIN_CANNOT_PRINT: &str = "fitcheck: no se puede imprimir el resumen: {reason}";
