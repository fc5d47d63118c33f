TRANSITIONS = {
    ("idle", "start"): "running",
    ("running", "pause"): "paused",
    ("paused", "resume"): "running",
    ("running", "stop"): "idle",
    ("paused", "stop"): "idle",
}
class Machine:
    def __init__(self):
        self.state = "idle"
        self.log = []
    def fire(self, ev):
        key = (self.state, ev)
        if key not in TRANSITIONS:
            raise RuntimeError("bad event %s in %s" % (ev, self.state))
        self.log.append("%s-%s->%s" % (self.state, ev, TRANSITIONS[key]))
        self.state = TRANSITIONS[key]
m = Machine()
for ev in ["start", "pause", "resume", "stop", "pause"]:
    try:
        m.fire(ev)
    except RuntimeError as e:
        print("error:", e)
print(m.state, m.log)
