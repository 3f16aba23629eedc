window.BRIEFING_SEARCH = {"docs":98,"perFile":8,"groups":[""]};
