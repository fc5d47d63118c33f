class Z:
    def __len__(self):
        return 0
class T:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Plain:
    pass
print(bool(Z()), bool(T()), bool(Plain()), not Z(), "yes" if T() else "no", len(Z()))
if Z():
    print("never")
else:
    print("empty is false")
print(len([x for x in [Z(), T(), Plain()] if x]))
