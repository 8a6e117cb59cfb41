#pragma once
void nap();
