window.BRIEFING_SEARCH = {"docs":116,"perFile":4,"groups":[""]};
