print("yici")
