window.BRIEFING_SEARCH = {"docs":98,"perFile":4,"groups":[""]};
