class Shape:
    def area(self):
        return self.compute()
    def compute(self):
        return helper(self)
def helper(s):
    return {"a": 1}["missing"]
def main():
    s = Shape()
    print("computing")
    return s.area()
main()
