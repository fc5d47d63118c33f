café = 1
λ = café
